package org.podium.exchange.csv;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.domain.ExportDestination;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The Full profile neutralises formulas like every profile, and still gives back every value. */
class FullProfileTest {
    private static final List<String> AWKWARD = List.of("", "=1+1", "-5", "+39 02 1234", "@home", "'quoted",
            "''twice", "'", "'=1+1", "\tindented", "\r\nstarts with a break", " =spaced", "a\tb", "line 1\nline 2",
            "cr\ronly", "say \"hi\", please", "semi;colon", "emoji 🎤🇮🇹", "Gdańsk", "Θεσσαλονίκη", "Müller", "   ");

    @Test
    void decodeIsTheExactInverseOfEncode() {
        for (String value : AWKWARD) {
            assertThat(FullProfile.decodeCell(FullProfile.encodeCell(value))).as(value).isEqualTo(value);
        }
    }

    @Test
    void everyCellThatCouldRunIsWrittenWithALeadingQuote() {
        for (String value : AWKWARD) {
            String cell = FullProfile.encodeCell(value);
            assertThat(FormulaGuard.isDangerous(cell)).as(value).isFalse();
        }
        assertThat(FullProfile.encodeCell("=1+1")).isEqualTo("'=1+1");
        assertThat(FullProfile.encodeCell("'quoted")).isEqualTo("''quoted");
        assertThat(FullProfile.encodeCell("plain")).isEqualTo("plain");
    }

    @Test
    void aWholeFullFileReadsBackToTheStoredValues() throws Exception {
        Registration stored = new Registration(7, 1, "=cmd@example.org", "'Ana", "-Rossi", "@Comune, \"Milano\"",
                "+Head\nof unit", "Gdańsk", "PL", "it", Instant.parse("2026-05-01T08:30:00Z"), RegistrationSource.ZOOM,
                RegistrationStatus.NO_SHOW, 12, true, Instant.parse("2026-05-01T08:31:00Z"), "=form",
                Map.of("Question, one", "=2*3", "emoji", "🎤"), "line 1\r\nline 2\ttabbed");
        ExportProfile profile = ExportProfile.of(ExportDestination.FULL);
        String[] cells = new String[profile.width()];
        int neutralised = profile.render(stored, List.of("Webinar (2026-05-28)"), cells);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvExportWriter writer = new CsvExportWriter(bytes, profile);
        writer.writeHeader();
        writer.writeRow(cells);
        writer.flush();

        List<List<String>> records = StrictCsv.parse(bytes.toString(StandardCharsets.UTF_8), ',', "\r\n");
        assertThat(records.get(0)).isEqualTo(FullProfile.HEADER);
        assertThat(FullProfile.isFullHeader(records.get(0))).isTrue();
        List<String> back = records.get(1).stream().map(FullProfile::decodeCell).toList();
        assertThat(back).containsExactly("=cmd@example.org", "'Ana", "-Rossi", "@Comune, \"Milano\"", "+Head\nof unit",
                "Gdańsk", "PL", "it", "2026-05-01T08:30:00Z", "ZOOM", "NO_SHOW", "12", "true", "2026-05-01T08:31:00Z",
                "=form", "{\"Question, one\":\"=2*3\",\"emoji\":\"🎤\"}", "line 1\r\nline 2\ttabbed",
                "Webinar (2026-05-28)");
        assertThat(neutralised).as("address, last name, organisation, job title, consent source").isEqualTo(5);
        assertThat(records.get(1)).allSatisfy(cell -> assertThat(FormulaGuard.isDangerous(cell)).as(cell).isFalse());
    }
}
