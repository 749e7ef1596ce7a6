package org.podium.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.domain.RegistrantField;
import org.podium.domain.RegistrationStatus;
import org.podium.English;

class RowReaderTest {
    private static ReadProblem only(ReadRow row) {
        assertThat(row.problems()).hasSize(1);
        return row.problems().get(0);
    }

    @Test
    void everyFieldIsReadTrimmedAndTypedWithUnknownColumnsAsAnswers() {
        List<ReadRow> rows = Files.rows(Files.fixture("generic-english.csv"));

        assertThat(rows).hasSize(3).allMatch(ReadRow::isValid);
        RegistrantRow piotr = rows.get(1).row();
        assertThat(piotr.email()).isEqualTo("Piotr.Nowak@Gdansk.pl");
        assertThat(piotr.organisation()).isEqualTo("City of Gdańsk, Social Development Dept.");
        assertThat(piotr.country()).isEqualTo("PL");
        assertThat(piotr.consent()).isFalse();
        assertThat(piotr.registeredAt()).isEqualTo(Instant.parse("2026-05-21T07:00:00Z"));
        assertThat(piotr.customAnswers()).containsExactly(Map.entry("Dietary needs", "Vegetarian"));
        assertThat(rows.get(2).row().customAnswers()).containsExactly(Map.entry("Dietary needs", "Gluten-free, \"no nuts\""));
        assertThat(rows.get(0).row().customAnswers()).isEmpty();
        assertThat(rows).extracting(ReadRow::line).containsExactly(2L, 3L, 4L);
    }

    @Test
    void aRaggedRowIsOneProblemWithItsLineAndTheOthersStillRead() {
        List<ReadRow> rows = Files.rows("Email,First Name,Last Name\na@x.org,Ana,Rossi\nb@x.org,Bo\nc@x.org,Cy,Doe\n");

        assertThat(rows.get(1).isValid()).isFalse();
        assertThat(only(rows.get(1))).extracting(ReadProblem::line, ReadProblem::kind, p -> English.of(p.phrase()))
                .containsExactly(3L, ReadProblem.Kind.ROW, "The row has 2 fields but the header has 3: check"
                + " for a missing or extra separator (','), or a value with a separator that is not in quotes.");
        assertThat(rows.get(2).isValid()).isTrue();
    }

    @Test
    void absurdDatesAndDurationsAreRefusedWithTheirLine() {
        List<ReadRow> rows = Files.rows("Email,Registered at,Minutes\na@x.org,2201-01-01T10:00,30\n"
                + "b@x.org,2026-05-20T10:00,2147483647\n");

        assertThat(English.of(only(rows.get(0)).phrase())).isEqualTo("The Registered at '2201-01-01T10:00' is not a date Podium"
                + " keeps: dates are between the years 1900 and 2200.");
        assertThat(English.of(only(rows.get(1)).phrase())).isEqualTo("The Minutes '2147483647' is longer than a week; Podium"
                + " keeps from 1 to 10080 minutes (a week).");
        assertThat(rows).noneMatch(ReadRow::isValid);
    }

    @Test
    void badValuesAreEachNamedAndKeepTheRowOut() {
        List<ReadRow> rows = Files.rows("Email,Consent,Registered at,Status\nana@,maybe,someday,gone\n,yes,,\n");

        assertThat(rows.get(0).problems()).extracting(p -> English.of(p.phrase())).containsExactly(
                "The Consent 'maybe' is not yes or no (write yes/no, true/false, 1/0 or sì/no).",
                "The Registered at 'someday' is not a date and time Podium understands (this file's dates are read"
                        + " day first, as 26/03/2026 10:00, or as 2026-03-26T10:00).",
                "The Status 'gone' is not a status Podium knows (registered, waitlisted, cancelled, attended, no-show,"
                        + " or a platform's own such as 'Checked In').",
                "Invalid email 'ana@': an address looks like name@example.org.");
        assertThat(English.of(only(rows.get(1)).phrase())).isEqualTo("The email is empty.");
        assertThat(rows).noneMatch(ReadRow::isValid);
    }

    @Test
    void aReplacementCharacterInTheFileNeverReachesARow() {
        List<ReadRow> rows = Files.rows("Email,City\nana@x.org,Forl\uFFFD\n");

        assertThat(rows.get(0).isValid()).isFalse();
        assertThat(English.of(only(rows.get(0)).phrase())).contains("replacement character");
    }

    @Test
    void aDamagedHeadingOfAKeptColumnStopsTheFileUnlessTheColumnIsLeftOut() {
        ByteSource source = Files.text("Email,Co\uFFFDnsenso\nana@x.org,sì\n");
        FileLayout layout = Files.layout(source);
        assertThatThrownBy(() -> RowReader.open(source, layout, null, Files.ROME, true))
                .isInstanceOf(CsvReadException.class).hasMessageContaining("heading of column 2");

        try (RowReader reader = RowReader.open(source, layout, List.of(RegistrantField.EMAIL, RegistrantField.IGNORE),
                Files.ROME, true)) {
            assertThat(reader.next().row().customAnswers()).isEmpty();
        }
    }

    @Test
    void anUnknownCountryIsKeptAsWrittenWithANotice() {
        ReadRow row = Files.rows("Email,Country\nana@x.org,Atlantis\n").get(0);

        assertThat(row.row().country()).isEqualTo("Atlantis");
        assertThat(only(row)).extracting(ReadProblem::line, ReadProblem::kind, p -> English.of(p.phrase()))
                .containsExactly(2L, ReadProblem.Kind.NOTICE, "The country 'Atlantis' is not one Podium recognises;"
                + " it is kept as written.");
    }

    @Test
    void aReportTableEndsAtTheNextSectionAndZoomsOtherAttendedIsReadOn() {
        List<ReadRow> rows = Files.rows(Files.fixture("zoom-attendee.csv"));

        assertThat(rows).extracting(r -> r.row().email()).containsExactly("ana.rossi@comune.milano.it",
                "ANA.ROSSI@comune.milano.it", "jan.kowalski@gdansk.pl", "marie.dupont@paris.fr", "greta.weber@berlin.de");
        RegistrantRow first = rows.get(0).row();
        assertThat(first.attended()).isTrue();
        assertThat(first.timeInSession()).isEqualTo(Duration.ofMinutes(30));
        assertThat(first.joinedAt()).isEqualTo(Instant.parse("2026-05-28T08:00:05Z"));
        RegistrantRow marie = rows.get(3).row();
        assertThat(marie.attended()).isFalse();
        assertThat(marie.timeInSession()).isNull();
        RegistrantRow greta = rows.get(4).row();
        assertThat(greta.firstName()).as("Zoom's original name in brackets").isEqualTo("Greta");
        assertThat(greta.lastName()).isEqualTo("Weber");
        assertThat(rows.get(4).line()).isEqualTo(19);

        List<ReadRow> teams = Files.rows(Files.fixture("teams-attendance.csv"));
        assertThat(teams).hasSize(4);
        assertThat(teams.get(2).row().firstName()).isEqualTo("Zoë");
        assertThat(teams.get(0).row().role()).isEqualTo("Organizer");
        assertThat(teams.get(1).row().timeInSession()).isEqualTo(Duration.ofSeconds(3598));
    }

    @Test
    void aMappingChosenByTheCallerReplacesTheDetectedOne() {
        ByteSource source = Files.text("Contact,Who\nana@x.org,Ana Rossi\n");
        FileLayout layout = Files.layout(source);
        assertThatThrownBy(() -> RowReader.open(source, layout, null, Files.ROME, true))
                .isInstanceOf(CsvReadException.class).hasMessageContaining("There is no email column")
                .hasMessageContaining("Contact, Who");

        try (RowReader reader = RowReader.open(source, layout, List.of(RegistrantField.EMAIL, RegistrantField.FULL_NAME),
                Files.ROME, true)) {
            RegistrantRow row = reader.next().row();
            assertThat(row.email()).isEqualTo("ana@x.org");
            assertThat(row.lastName()).isEqualTo("Rossi");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void statusesOfEventbriteAreRead() {
        List<ReadRow> rows = Files.rows(Files.fixture("eventbrite.csv"));

        assertThat(rows).extracting(r -> r.row().status()).containsExactly(RegistrationStatus.REGISTERED,
                RegistrationStatus.CANCELLED, RegistrationStatus.ATTENDED);
        assertThat(rows.get(0).row().registeredAt()).isEqualTo(Instant.parse("2026-05-19T14:02:11Z"));
        assertThat(rows.get(0).row().customAnswers()).containsExactly(Map.entry("How did you hear about us?", "Newsletter"));
    }

    @Test
    void aFileOfAnyLengthIsReadInFlatMemory() {
        // 200,000 rows through a reader that never holds more than a buffer: if rows were
        // gathered, this would still pass, so the point is that it is quick and finishes.
        StringBuilder text = new StringBuilder("Email\n");
        for (int i = 0; i < 200_000; i++) {
            text.append("user").append(i).append("@example.org\n");
        }
        List<Long> lines = new ArrayList<>();
        FileLayout layout = Files.layout(Files.text(text.toString()));
        try (RowReader reader = RowReader.open(Files.text(text.toString()), layout, null, Files.ROME, true)) {
            for (ReadRow r = reader.next(); r != null; r = reader.next()) {
                if (r.line() % 50_000 == 0) {
                    lines.add(r.line());
                }
            }
        }
        assertThat(lines).containsExactly(50_000L, 100_000L, 150_000L, 200_000L);
    }
}
