package org.podium.exchange.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.podium.domain.ExportDestination;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** Each destination's exact bytes: header, delimiter, BOM, line ending, quoting of awkward cells. */
class ExportProfileTest {
    private static final List<String> TAGS = List.of("European Cities on the Front Line (2020-05-28)",
            "Social Innovation for Migrant Integration (2020-09-24)");
    private static final Registration AWKWARD = new Registration(1, 1, "zofia.mueller@example.pl",
            "Zofia \"Zosia\"", "Müller, née Kowalska", "Urząd Miasta Gdańsk; Θεσσαλονίκη office", "Head of\nunit",
            "Gdańsk", "PL", "pl", Instant.parse("2020-05-20T09:15:00Z"), RegistrationSource.WEBEX,
            RegistrationStatus.ATTENDED, 58, true, Instant.parse("2020-05-20T09:15:00Z"), "registration form",
            Map.of("City size", "≈ 470 000"), "Asked for the slides");

    private static byte[] write(ExportDestination destination, Registration r) throws IOException {
        ExportProfile profile = ExportProfile.of(destination);
        String[] cells = new String[profile.width()];
        profile.render(r, TAGS, cells);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvExportWriter writer = new CsvExportWriter(bytes, profile);
        writer.writeHeader();
        writer.writeRow(cells);
        writer.flush();
        return bytes.toByteArray();
    }

    private static String headerLine(ExportDestination destination) throws IOException {
        String text = new String(write(destination, AWKWARD), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return text.substring(0, text.indexOf("\r\n"));
    }

    @Test
    void eachProfileHasItsDestinationsExactHeader() throws IOException {
        assertThat(headerLine(ExportDestination.MAILCHIMP)).isEqualTo("Email Address,First Name,Last Name,Tags");
        assertThat(headerLine(ExportDestination.BREVO)).isEqualTo("EMAIL;FIRSTNAME;LASTNAME");
        assertThat(headerLine(ExportDestination.OUTLOOK)).isEqualTo("First Name,Last Name,E-mail Address,Company,"
                + "Job Title,Business City,Business Country/Region,Categories");
        assertThat(headerLine(ExportDestination.GOOGLE)).isEqualTo("First Name,Last Name,Labels,E-mail 1 - Label,"
                + "E-mail 1 - Value,Organization Name,Organization Title,Address 1 - City,Address 1 - Country");
        assertThat(headerLine(ExportDestination.EXCEL)).isEqualTo("Email;First name;Last name;Organisation;Job title;"
                + "City;Country;Language;Registered at;Source;Status;Minutes attended;Consent;Consent at;"
                + "Consent source;Custom answers;Notes;Events");
        assertThat(headerLine(ExportDestination.FULL)).isEqualTo(String.join(",", FullProfile.HEADER));
    }

    @Test
    void onlyTheExcelProfileStartsWithAByteOrderMark() throws IOException {
        for (ExportDestination d : ExportDestination.values()) {
            byte[] bytes = write(d, AWKWARD);
            boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                    && (bytes[2] & 0xFF) == 0xBF;
            assertThat(bom).as(d.name()).isEqualTo(d == ExportDestination.EXCEL);
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text.indexOf('\uFEFF', bom ? 1 : 0)).as(d + ": one BOM at most, at the start").isEqualTo(-1);
        }
    }

    @ParameterizedTest
    @EnumSource(ExportDestination.class)
    void quotesCommasLineBreaksAndNonAsciiNamesReadBackExactly(ExportDestination d) throws IOException {
        ExportProfile profile = ExportProfile.of(d);
        String text = new String(write(d, AWKWARD), StandardCharsets.UTF_8);
        if (profile.bom()) {
            text = text.substring(1);
        }
        List<List<String>> records = StrictCsv.parse(text, profile.delimiter(), "\r\n");
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isEqualTo(profile.header());
        String[] expected = new String[profile.width()];
        profile.render(AWKWARD, TAGS, expected);
        assertThat(records.get(1)).containsExactly(expected);
        assertThat(records.get(1)).contains("zofia.mueller@example.pl");
        if (d != ExportDestination.BREVO) {
            assertThat(String.join("|", records.get(1))).contains("Zofia \"Zosia\"", "Müller, née Kowalska");
        }
        assertThat(readWithJackson(text, profile.delimiter())).containsExactly(records.get(0), records.get(1));
    }

    /** A second, independent reader: Jackson's CSV parser (a test dependency only; Podium reads CSV with its own tokenizer). */
    private static List<List<String>> readWithJackson(String text, char delimiter) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> it = mapper.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(delimiter)).readValues(text)) {
            return it.readAll().stream().map(Arrays::asList).toList();
        }
    }

    @Test
    void theRowsCarryTheFieldsEachToolUnderstands() {
        assertThat(row(ExportDestination.MAILCHIMP)).containsExactly("zofia.mueller@example.pl", "Zofia \"Zosia\"",
                "Müller, née Kowalska", String.join(",", TAGS));
        assertThat(row(ExportDestination.BREVO)).containsExactly("zofia.mueller@example.pl", "Zofia \"Zosia\"",
                "Müller, née Kowalska");
        assertThat(row(ExportDestination.OUTLOOK)).containsExactly("Zofia \"Zosia\"", "Müller, née Kowalska",
                "zofia.mueller@example.pl", "Urząd Miasta Gdańsk; Θεσσαλονίκη office", "Head of\nunit", "Gdańsk",
                "Poland", String.join(";", TAGS));
        assertThat(row(ExportDestination.GOOGLE)).containsExactly("Zofia \"Zosia\"", "Müller, née Kowalska",
                String.join(" ::: ", TAGS), "Work", "zofia.mueller@example.pl", "Urząd Miasta Gdańsk; Θεσσαλονίκη office",
                "Head of\nunit", "Gdańsk", "Poland");
        assertThat(row(ExportDestination.EXCEL)).containsExactly("zofia.mueller@example.pl", "Zofia \"Zosia\"",
                "Müller, née Kowalska", "Urząd Miasta Gdańsk; Θεσσαλονίκη office", "Head of\nunit", "Gdańsk", "PL", "pl",
                "2020-05-20T09:15:00Z", "webex", "attended", "58", "yes", "2020-05-20T09:15:00Z", "registration form",
                "City size: ≈ 470 000", "Asked for the slides", String.join("; ", TAGS));
    }

    private static List<String> row(ExportDestination d) {
        ExportProfile profile = ExportProfile.of(d);
        String[] cells = new String[profile.width()];
        profile.render(AWKWARD, TAGS, cells);
        return List.of(cells);
    }

    @Test
    void aProfileReadsNoFieldItDoesNotDeclare() {
        Registration names = new Registration(0, 1, AWKWARD.email(), AWKWARD.firstName(), AWKWARD.lastName(), "", "",
                "", "", "", null, null, null, 0, false, null, "", Map.of(), "");
        Registration contact = new Registration(0, 1, AWKWARD.email(), AWKWARD.firstName(), AWKWARD.lastName(),
                AWKWARD.organisation(), AWKWARD.jobTitle(), AWKWARD.city(), AWKWARD.country(), "", null, null, null, 0,
                false, null, "", Map.of(), "");
        for (ExportDestination d : ExportDestination.values()) {
            ExportProfile profile = ExportProfile.of(d);
            if (profile.needsEveryField()) {
                continue;
            }
            Registration partial = profile.usesOnlyNames() ? names : contact;
            String[] fromPartial = new String[profile.width()];
            String[] fromWhole = new String[profile.width()];
            profile.render(partial, TAGS, fromPartial);
            profile.render(AWKWARD, TAGS, fromWhole);
            assertThat(fromPartial).as(d.name()).containsExactly(fromWhole);
        }
    }

    @Test
    void aTagNamesTheEventAndDateWithoutTheCharactersToolsSplitOn() {
        assertThat(ExportProfile.tag("Cities, climate; and | migration:: today", LocalDate.of(2026, 5, 28)))
                .isEqualTo("Cities climate and migration today (2026-05-28)");
        String tag = ExportProfile.tag("x".repeat(300), LocalDate.of(2026, 5, 28));
        assertThat(tag).hasSize(ExportProfile.MAX_TAG_LENGTH).endsWith("… (2026-05-28)");
    }

    @Test
    void everyProfileNeutralisesFormulas() {
        Registration evil = new Registration(1, 1, "ana@example.org", "=HYPERLINK(\"http://x\",\"y\")", "@SUM(1)",
                "+org", "-title", "\tcity", "", "", null, null, null, 0, true, null, "", Map.of(), "");
        for (ExportDestination d : ExportDestination.values()) {
            ExportProfile profile = ExportProfile.of(d);
            String[] cells = new String[profile.width()];
            int neutralised = profile.render(evil, List.of(), cells);
            assertThat(cells).as(d.name()).allSatisfy(c -> assertThat(FormulaGuard.isDangerous(c)).as(c).isFalse());
            assertThat(neutralised).as(d.name()).isEqualTo(switch (d) {
                case MAILCHIMP, BREVO -> 2;
                default -> 4;
            });
        }
    }
}
