package org.podium.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.English;
import org.podium.domain.ReportFormat;

/** Each recognised source imported into an empty event, and exactly what reached the book. */
class ImportFixturesTest {
    @TempDir
    Path dir;
    ImportBook book;

    @BeforeEach
    void open() {
        book = new ImportBook(dir);
    }

    @AfterEach
    void close() {
        book.close();
    }

    private ImportSummary importFixture(String name) {
        ImportSummary s = book.commit(book.fixture(name), ImportOptions.defaults());
        assertThat(s.errors()).as(name).isEmpty();
        assertThat(s.written()).isTrue();
        return s;
    }

    @Test
    void plainCsvWithEnglishHeadersQuotesAndCrlf() {
        ImportSummary s = importFixture("generic-english.csv");

        assertThat(s.format()).isEqualTo(ReportFormat.GENERIC);
        assertThat(s.imported()).isEqualTo(3);
        assertThat(book.stored()).containsExactly(
                "ana.rossi@comune.milano.it | Ana | Rossi | Comune di Milano | Policy Officer | Milan | IT |  | "
                        + "2026-05-20T08:15:30Z | CSV | REGISTERED | 0 | consent yes 2026-05-20T08:15:30Z plain CSV"
                        + " generic-english.csv | {} | ",
                "Piotr.Nowak@Gdansk.pl | Piotr | Nowak | City of Gdańsk, Social Development Dept. | Head of Unit"
                        + " | Gdańsk | PL |  | 2026-05-21T07:00:00Z | CSV | REGISTERED | 0 | consent no"
                        + " 2026-05-21T07:00:00Z plain CSV generic-english.csv | {Dietary needs=Vegetarian} | ",
                "liam.patuzzi@mpieurope.org | Liam | Patuzzi | Migration Policy Institute Europe | Policy Analyst"
                        + " | Brussels | BE |  | 2026-05-21T08:30:00Z | CSV | REGISTERED | 0 | consent yes"
                        + " 2026-05-21T08:30:00Z plain CSV generic-english.csv"
                        + " | {Dietary needs=Gluten-free, \"no nuts\"} | ");
    }

    @Test
    void plainCsvWithItalianHeadersSemicolonsAccentsAndABom() {
        importFixture("generic-italian.csv");

        assertThat(book.stored()).containsExactly(
                "giulia.bianchi@comune.torino.it | Giulia | Bianchi | Comune di Torino | Funzionaria | Torino | IT"
                        + " |  | 2026-05-20T12:05:00Z | CSV | REGISTERED | 0 | consent yes 2026-05-20T12:05:00Z"
                        + " plain CSV generic-italian.csv | {} | ",
                "nikos.papadopoulos@thessaloniki.gr | Nikos | Papadopoulos | Δήμος Θεσσαλονίκης | Σύμβουλος"
                        + " | Θεσσαλονίκη | GR |  | 2026-05-21T07:12:00Z | CSV | REGISTERED | 0 | consent no"
                        + " 2026-05-21T07:12:00Z plain CSV generic-italian.csv | {} | ",
                "françois.lefèvre@mairie-lyon.fr | François | Lefèvre | Mairie de Lyon | Chargé de mission | Lyon"
                        + " | FR |  | 2026-05-22T16:40:00Z | CSV | REGISTERED | 0 | consent yes 2026-05-22T16:40:00Z"
                        + " plain CSV generic-italian.csv | {} | ");
    }

    @Test
    void windows1252IsReadWithANoticeAndEveryLetterIntact() {
        ImportSummary s = importFixture("windows-1252.csv");

        assertThat(s.notices()).extracting(p -> English.of(p.phrase())).anyMatch(m -> m.contains("read as Windows-1252"));
        assertThat(book.stored()).containsExactly(
                "francesca.ferrari@example.it | Francesca | Ferrari |  |  | Forlì |  |  | 2026-11-23T12:00:00Z | CSV"
                        + " | REGISTERED | 0 | consent ? | {} | Quota € 20 – pagata",
                "jose.muller@example.de | José | Müller |  |  | Köln |  |  | 2026-11-23T12:00:00Z | CSV | REGISTERED"
                        + " | 0 | consent ? | {} | «Relatore» invitato");
    }

    @Test
    void teamsAttendanceReportInUtf16WithSections() {
        ImportSummary s = importFixture("teams-attendance.csv");

        assertThat(s.format()).isEqualTo(ReportFormat.TEAMS_ATTENDANCE);
        assertThat(book.stored()).containsExactly(
                "l.hart@iom.int | Laurence | Hart |  |  |  |  |  | 2026-05-28T07:58:25Z | TEAMS | REGISTERED | 0"
                        + " | consent ? | {} | ",
                "ana.rossi@comune.milano.it | Ana | Rossi |  |  |  |  |  | 2026-05-28T08:00:02Z | TEAMS | REGISTERED"
                        + " | 0 | consent ? | {} | ",
                "zoe.dubois@paris.fr | Zoë | Dubois |  |  |  |  |  | 2026-05-28T08:05:00Z | TEAMS | REGISTERED | 0"
                        + " | consent ? | {} | ",
                "jan.kowalski@gdansk.pl | Jan | Kowalski |  |  |  |  |  | 2026-05-28T08:10:00Z | TEAMS | REGISTERED"
                        + " | 0 | consent ? | {} | ");
    }

    @Test
    void zoomRegistrationReportAfterItsPreamble() {
        ImportSummary s = importFixture("zoom-registration.csv");

        assertThat(s.format()).isEqualTo(ReportFormat.ZOOM_REGISTRATION);
        assertThat(book.stored()).containsExactly(
                "ana.rossi@comune.milano.it | Ana | Rossi | Comune di Milano | Policy Officer | Milan | IT |  | "
                        + "2026-05-20T08:15:30Z | ZOOM | REGISTERED | 0 | consent ? | {What is your main interest?"
                        + "=Labour market inclusion} | ",
                "marie.dupont@paris.fr | Marie | Dupont | Ville de Paris | Adjointe au maire | Paris | FR |  | "
                        + "2026-05-21T06:01:00Z | ZOOM | REGISTERED | 0 | consent ? | {What is your main interest?"
                        + "=Housing, and schools} | ",
                "tom.becker@wien.gv.at | Tom | Becker | Stadt Wien | Referent | Vienna | AT |  | 2026-05-22T15:45:12Z"
                        + " | ZOOM | CANCELLED | 0 | consent ? | {} | ");
    }

    @Test
    void zoomAttendeeReportReadsAttendeesAndOtherAttendedAndKeepsTheFirstOfARejoin() {
        ImportSummary s = importFixture("zoom-attendee.csv");

        assertThat(s.format()).isEqualTo(ReportFormat.ZOOM_ATTENDEE);
        assertThat(s.rows()).isEqualTo(5);
        assertThat(s.duplicatesInFile()).isEqualTo(1);
        assertThat(book.stored()).containsExactly(
                "ana.rossi@comune.milano.it | Ana | Rossi |  |  |  | IT |  | 2026-05-20T08:15:30Z | ZOOM | REGISTERED"
                        + " | 0 | consent ? | {} | ",
                "jan.kowalski@gdansk.pl | Jan | Kowalski |  |  |  | PL |  | 2026-05-25T10:00:00Z | ZOOM | REGISTERED"
                        + " | 0 | consent ? | {} | ",
                "marie.dupont@paris.fr | Marie | Dupont |  |  |  | FR |  | 2026-05-21T06:01:00Z | ZOOM | REGISTERED"
                        + " | 0 | consent ? | {} | ",
                "greta.weber@berlin.de | Greta | Weber |  |  |  | DE |  | 2026-05-28T08:10:00Z | ZOOM | REGISTERED"
                        + " | 0 | consent ? | {} | ");
    }

    @Test
    void zoomWritesDashesInEveryEmptyCellOfAWalkInAndTheyReadAsEmpty() {
        ImportSummary s = importFixture("zoom-attendee-walk-in.csv");

        assertThat(s.rows()).isEqualTo(2);
        assertThat(book.stored()).containsExactly(
                "ana.rossi@comune.milano.it | Ana | Rossi |  |  |  | IT |  | 2026-05-20T08:15:30Z | ZOOM | REGISTERED"
                        + " | 0 | consent ? | {} | ",
                "greta.weber@berlin.de | Greta | Weber |  |  |  |  |  | 2026-05-28T08:10:00Z | ZOOM | REGISTERED"
                        + " | 0 | consent ? | {} | ");
    }

    @Test
    void eventbriteAttendeeExportWithItsStatuses() {
        ImportSummary s = importFixture("eventbrite.csv");

        assertThat(s.format()).isEqualTo(ReportFormat.EVENTBRITE);
        assertThat(book.stored()).containsExactly(
                "sofia.costa@lisboa.pt | Sofia | Costa | Câmara Municipal de Lisboa | Técnica Superior | Lisboa | PT"
                        + " |  | 2026-05-19T14:02:11Z | EVENTBRITE | REGISTERED | 0 | consent ?"
                        + " | {How did you hear about us?=Newsletter} | ",
                "omar.haddad@example.org | Omar | Haddad | University of Vienna | Researcher | Wien | AT |  | "
                        + "2026-05-19T15:30:00Z | EVENTBRITE | CANCELLED | 0 | consent ? | {} | ",
                "elena.greco@example.it | Elena | Greco |  | Consultant | Roma | IT |  | 2026-05-20T07:00:00Z"
                        + " | EVENTBRITE | ATTENDED | 0 | consent ? | {How did you hear about us?=Colleague} | ");
    }
}
