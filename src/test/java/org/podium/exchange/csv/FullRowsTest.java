package org.podium.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.podium.domain.RegistrantField;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.ReportFormat;
import org.podium.English;

/** A Podium full export is recognised by its header and read back cell for cell, exactly as written. */
class FullRowsTest {
    private static final String HEADER = String.join(",", FullProfile.HEADER) + "\r\n";

    /** One Full row whose cells are as given, the others as a plain registrant has them. */
    private static String row(Map<String, String> cells) {
        List<String> row = new ArrayList<>();
        for (String column : FullProfile.HEADER) {
            row.add(cells.getOrDefault(column, switch (column) {
                case "email" -> "ana@example.org";
                case "registered_at" -> "2026-05-01T08:30:00Z";
                case "source" -> "CSV";
                case "status" -> "REGISTERED";
                case "minutes_attended" -> "0";
                case "consent" -> "false";
                case "custom_answers" -> "{}";
                default -> "";
            }));
        }
        return String.join(",", row) + "\r\n";
    }

    @Test
    void aFileWithExactlyTheFullHeaderIsAFullFileReadColumnForColumn() {
        FileLayout layout = Files.layout(Files.fixture("full-export.csv"));

        assertThat(layout.format()).isEqualTo(ReportFormat.FULL);
        assertThat(layout.delimiter()).isEqualTo(',');
        assertThat(layout.header()).isEqualTo(FullProfile.HEADER);
        assertThat(layout.mapping()).isEqualTo(FullProfile.MAPPING).contains(RegistrantField.SOURCE,
                RegistrantField.CONSENT_AT, RegistrantField.CONSENT_SOURCE, RegistrantField.ANSWERS);
        assertThat(ReportFormat.FULL.description()).isEqualTo("Podium full export");
    }

    @Test
    void everyCellIsDecodedAndEveryValueComesBackAsWritten() {
        List<ReadRow> rows = Files.rows(Files.fixture("full-export.csv"));

        assertThat(rows).extracting(ReadRow::line).containsExactly(2L, 4L, 5L);
        assertThat(rows).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        RegistrantRow ana = rows.get(0).row();
        assertThat(ana.email()).isEqualTo("ana.rossi@comune.milano.it");
        assertThat(ana.firstName()).isEqualTo("=SUM(A1)");
        assertThat(ana.lastName()).isEqualTo("'Rossi");
        assertThat(ana.organisation()).isEqualTo("Comune di Milano, Direzione \"Welfare\"");
        assertThat(ana.jobTitle()).isEqualTo("+39 team");
        assertThat(ana.registeredAt()).isEqualTo(Instant.parse("2026-05-01T08:30:00.123Z"));
        assertThat(ana.status()).isEqualTo(RegistrationStatus.ATTENDED);
        assertThat(ana.timeInSession()).isEqualTo(Duration.ofMinutes(87));
        assertThat(ana.consent()).isTrue();
        assertThat(ana.archived()).isEqualTo(new RegistrantRow.Archived(RegistrationSource.ZOOM, 87,
                Instant.parse("2026-05-01T08:31:00Z"), "Zoom registration report may.csv"));
        assertThat(ana.customAnswers()).isEqualTo(Map.of("Dietary needs, if any", "vegetarian, \"no nuts\"",
                "Città", "Θεσσαλονίκη"));
        assertThat(ana.notes()).isEqualTo("Asked about\nthe recording");

        RegistrantRow piotr = rows.get(1).row();
        assertThat(piotr.organisation()).isEqualTo("-2 Foundation");
        assertThat(piotr.jobTitle()).isEqualTo("@x");
        assertThat(piotr.city()).isEqualTo("Gdańsk");
        assertThat(piotr.consent()).isFalse();
        assertThat(piotr.archived().consentAt()).isEqualTo(Instant.parse("2026-05-02T10:00:00Z"));
        assertThat(piotr.status()).isEqualTo(RegistrationStatus.NO_SHOW);

        RegistrantRow dora = rows.get(2).row();
        assertThat(dora.email()).isEqualTo("Dora.Mueller@Example.DE");
        assertThat(dora.country()).as("kept as stored, not turned into a code").isEqualTo("Greece");
        assertThat(dora.archived()).isEqualTo(new RegistrantRow.Archived(RegistrationSource.MANUAL, 0, null, ""));
        assertThat(dora.customAnswers()).isEqualTo(Map.of("=formula?", "=1+1", "tab", "\tindented", "cr", "\rreturn"));
    }

    @Test
    void onlyTheOneQuotePodiumAddedIsRemoved() {
        ReadRow r = Files.rows(HEADER + row(Map.of("first_name", "'=1+1", "last_name", "\"''quoted\"",
                "organisation", "'''", "notes", "it's"))).get(0);

        assertThat(r.row()).extracting(RegistrantRow::firstName, RegistrantRow::lastName, RegistrantRow::organisation,
                RegistrantRow::notes).containsExactly("=1+1", "'quoted", "''", "it's");
    }

    @Test
    void badValuesAreRowProblemsOnTheirLine() {
        List<ReadRow> rows = Files.rows(HEADER + row(Map.of()) + row(Map.of("status", "MAYBE"))
                + row(Map.of("registered_at", "28/05/2026 10:00", "consent", "yes", "minutes_attended", "-3"))
                + row(Map.of("source", "Fax", "consent_at", "'=NOW()", "custom_answers", "\"[\"\"a\"\"]\""))
                + row(Map.of("custom_answers", "\"{\"\"q\"\":1}\"", "email", "ana@")));

        assertThat(rows.get(0).isValid()).isTrue();
        assertThat(rows.subList(1, 5)).noneMatch(ReadRow::isValid);
        assertThat(rows.get(1).problems()).singleElement().extracting(ReadProblem::line, ReadProblem::kind, p -> English.of(p.phrase()))
                .containsExactly(3L, ReadProblem.Kind.ROW, "The status 'MAYBE' is not one of"
                + " REGISTERED, WAITLISTED, CANCELLED, ATTENDED, NO_SHOW.");
        assertThat(rows.get(2).problems()).extracting(ReadProblem::line).containsOnly(4L);
        assertThat(rows.get(2).problems()).extracting(p -> English.of(p.phrase())).containsExactly(
                "The registered_at '28/05/2026 10:00' is not an instant as a Podium full export writes it, such as"
                        + " 2026-05-28T08:00:00Z.",
                "The minutes_attended '-3' is not a whole number of minutes.",
                "The consent 'yes' is not true or false.");
        assertThat(rows.get(3).problems()).extracting(p -> English.of(p.phrase())).containsExactly(
                "The source 'Fax' is not one of MANUAL, CSV, ZOOM, WEBEX, EVENTBRITE, TEAMS.",
                "The consent_at '=NOW()' is not an instant as a Podium full export writes it, such as"
                        + " 2026-05-28T08:00:00Z.",
                "The custom_answers '[\"a\"]' are not answers as a Podium full export writes them, a JSON object"
                        + " such as {\"Question\":\"Answer\"} (it is not an object).");
        assertThat(rows.get(4).problems()).extracting(p -> English.of(p.phrase())).containsExactly(
                "The custom_answers '{\"q\":1}' are not answers as a Podium full export writes them, a JSON object"
                        + " such as {\"Question\":\"Answer\"} (the answer to 'q' is not text).",
                "Invalid email 'ana@': an address looks like name@example.org.");
    }

    @Test
    void aValueWithTheReplacementCharacterIsRefusedAsInAnyFile() {
        ReadRow r = Files.rows(HEADER + row(Map.of("city", "Gda\uFFFDsk", "events", "kept out \uFFFD"))).get(0);

        assertThat(r.problems()).singleElement().extracting(ReadProblem::line, ReadProblem::kind, p -> English.of(p.phrase()))
                .containsExactly(2L, ReadProblem.Kind.ROW, "The city 'Gda\uFFFDsk' contains the replacement"
                + " character \uFFFD, which stands for letters lost before this file was made; correct it and import"
                + " again.");
    }

    @Test
    void askedForAFullFileAnythingElseIsRefusedAndAFullFileCanStillBeReadAsPlainCsv() {
        assertThatThrownBy(() -> LayoutDetector.detect(Files.fixture("generic-english.csv"), Set.of(ReportFormat.FULL)))
                .isInstanceOf(CsvReadException.class).hasMessageStartingWith("This is not a Podium full export");

        FileLayout plain = LayoutDetector.detect(Files.fixture("full-export.csv"), EnumSet.of(ReportFormat.GENERIC));
        assertThat(plain.format()).isEqualTo(ReportFormat.GENERIC);
        assertThat(plain.mapping()).doesNotContain(RegistrantField.SOURCE, RegistrantField.ANSWERS);
    }

    @Test
    void aFullFilesColumnsCannotBeChosenAndOnlyAFullFileHasItsOwnFields() {
        ByteSource full = Files.fixture("full-export.csv");
        FileLayout layout = Files.layout(full);
        List<RegistrantField> changed = new ArrayList<>(layout.mapping());
        changed.set(FullProfile.HEADER.indexOf("events"), RegistrantField.CUSTOM);
        assertThatThrownBy(() -> RowReader.open(full, layout, changed, Files.ROME, true))
                .isInstanceOf(CsvReadException.class).hasMessageContaining("read column for column");

        ByteSource generic = Files.fixture("generic-english.csv");
        FileLayout plain = Files.layout(generic);
        List<RegistrantField> withSource = new ArrayList<>(plain.mapping());
        withSource.set(withSource.indexOf(RegistrantField.CUSTOM), RegistrantField.SOURCE);
        assertThatThrownBy(() -> RowReader.open(generic, plain, withSource, Files.ROME, true))
                .isInstanceOf(CsvReadException.class).hasMessageStartingWith("Only a Podium full export");
    }

    @Test
    void notesThatLookLikeAReportsSectionsDoNotHideAFullFile() {
        String notes = "\"Summary\nParticipants\nAttendee Details\"";
        FileLayout layout = Files.layout(Files.text(HEADER + row(Map.of("notes", notes))));

        assertThat(layout.format()).isEqualTo(ReportFormat.FULL);
    }
}
