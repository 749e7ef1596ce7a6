package org.podium.service.importing;

import org.podium.English;
import org.podium.service.common.Progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.ReportFormat;

class AttendanceServiceTest {
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

    private AttendanceSummary reconcile(Path file, ImportOptions options) {
        return book.book.attendance().reconcile(file, book.event.id(), options, Progress.NONE);
    }

    /** Each registrant as "email STATUS minutes (source)". */
    private List<String> statuses() {
        return book.stored().stream().map(line -> {
            String[] f = line.split(" \\| ");
            return f[0] + " " + f[10] + " " + f[11] + " " + f[9];
        }).toList();
    }

    @Test
    void aZoomAttendeeReportMarksWhoCameSummingRejoinsAndAddsWhoNeverRegistered() {
        book.register("ana.rossi@comune.milano.it", "Ana", RegistrationStatus.REGISTERED);
        book.register("jan.kowalski@gdansk.pl", "Jan", RegistrationStatus.WAITLISTED);
        book.register("marie.dupont@paris.fr", "Marie", RegistrationStatus.REGISTERED);
        book.register("tom.becker@wien.gv.at", "Tom", RegistrationStatus.CANCELLED);
        book.register("paolo@x.org", "Paolo", RegistrationStatus.REGISTERED);
        book.register("sara@x.org", "Sara", RegistrationStatus.ATTENDED);

        AttendanceSummary s = reconcile(book.fixture("zoom-attendee.csv"), ImportOptions.defaults());

        assertThat(s.format()).isEqualTo(ReportFormat.ZOOM_ATTENDEE);
        assertThat(s).extracting(AttendanceSummary::rows, AttendanceSummary::attended, AttendanceSummary::noShow,
                AttendanceSummary::unregisteredAttendees, AttendanceSummary::cancelledPresent)
                .containsExactly(5L, 2L, 2L, 1L, 0L);
        assertThat(s.written()).isTrue();
        assertThat(statuses()).containsExactly(
                "ana.rossi@comune.milano.it ATTENDED 55 MANUAL",
                "jan.kowalski@gdansk.pl ATTENDED 48 MANUAL",
                "marie.dupont@paris.fr NO_SHOW 0 MANUAL",
                "tom.becker@wien.gv.at CANCELLED 0 MANUAL",
                "paolo@x.org NO_SHOW 0 MANUAL",
                "sara@x.org ATTENDED 0 MANUAL",
                "greta.weber@berlin.de ATTENDED 30 ZOOM");
        assertThat(book.stored().get(6)).isEqualTo("greta.weber@berlin.de | Greta | Weber |  |  |  | DE |  | "
                + "2026-05-28T08:10:00Z | ZOOM | ATTENDED | 30 | consent ? | {} | Attended without registering (from"
                + " zoom-attendee.csv, line 19).");

        AttendanceSummary again = reconcile(book.fixture("zoom-attendee.csv"), ImportOptions.defaults());
        assertThat(again).extracting(AttendanceSummary::attended, AttendanceSummary::noShow,
                AttendanceSummary::unregisteredAttendees).as("the unregistered one is registered now")
                .containsExactly(3L, 2L, 0L);
        assertThat(statuses()).as("reconciling twice changes nothing").containsExactly(
                "ana.rossi@comune.milano.it ATTENDED 55 MANUAL", "jan.kowalski@gdansk.pl ATTENDED 48 MANUAL",
                "marie.dupont@paris.fr NO_SHOW 0 MANUAL", "tom.becker@wien.gv.at CANCELLED 0 MANUAL",
                "paolo@x.org NO_SHOW 0 MANUAL", "sara@x.org ATTENDED 0 MANUAL", "greta.weber@berlin.de ATTENDED 30 ZOOM");
    }

    @Test
    void aTeamsReportInUtf16WithDurationsLeavesOrganisersOutAndCancelledAlone() {
        book.register("ana.rossi@comune.milano.it", "Ana", RegistrationStatus.REGISTERED);
        book.register("zoe.dubois@paris.fr", "Zoë", RegistrationStatus.CANCELLED);

        AttendanceSummary s = reconcile(book.fixture("teams-attendance.csv"), ImportOptions.defaults());

        assertThat(s).extracting(AttendanceSummary::attended, AttendanceSummary::noShow,
                AttendanceSummary::unregisteredAttendees, AttendanceSummary::cancelledPresent,
                AttendanceSummary::organisersIgnored).containsExactly(1L, 0L, 1L, 1L, 1L);
        assertThat(statuses()).containsExactly("ana.rossi@comune.milano.it ATTENDED 60 MANUAL",
                "zoe.dubois@paris.fr CANCELLED 0 MANUAL", "jan.kowalski@gdansk.pl ATTENDED 1 TEAMS");
    }

    @Test
    void anyFileWithAnEmailAndAttendedOrMinutesWillDo() {
        book.register("a@x.org", "A", RegistrationStatus.REGISTERED);
        book.register("b@x.org", "B", RegistrationStatus.REGISTERED);
        book.register("c@x.org", "C", RegistrationStatus.NO_SHOW);

        reconcile(book.file("yesno.csv", "Email;Presente\na@x.org;sì\nb@x.org;no\nc@x.org;yes\n"), ImportOptions.defaults());
        assertThat(statuses()).containsExactly("a@x.org ATTENDED 0 MANUAL", "b@x.org NO_SHOW 0 MANUAL",
                "c@x.org ATTENDED 0 MANUAL");

        AttendanceSummary minutes = reconcile(book.file("minutes.csv", "email,minutes\na@x.org,30\nA@x.org,12.5\n"
                + "b@x.org,0\nnew@x.org,5\n"), ImportOptions.defaults());
        assertThat(minutes.unregisteredAttendees()).isEqualTo(1);
        assertThat(statuses()).containsExactly("a@x.org ATTENDED 43 MANUAL", "b@x.org NO_SHOW 0 MANUAL",
                "c@x.org ATTENDED 0 MANUAL", "new@x.org ATTENDED 5 CSV");
    }

    @Test
    void rowsWithoutAnAddressAreNoticedNotFatal() {
        book.register("a@x.org", "A", RegistrationStatus.REGISTERED);

        AttendanceSummary s = reconcile(book.file("dialin.csv", "Name,Email,Minutes\nPhone caller,,20\nA,a@x.org,10\n"),
                ImportOptions.defaults());

        assertThat(s.withoutEmail()).isEqualTo(1);
        assertThat(s.notices()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(English.of(p.phrase())).contains("'Phone caller' has no email address");
        });
        assertThat(s.written()).isTrue();
        assertThat(statuses()).containsExactly("a@x.org ATTENDED 10 MANUAL");
    }

    @Test
    void anEmptyOrBadReportMarksNobody() {
        book.register("a@x.org", "A", RegistrationStatus.REGISTERED);

        AttendanceSummary headerOnly = reconcile(book.file("h.csv", "Email,Attended\n"), ImportOptions.defaults());
        assertThat(headerOnly.written()).isFalse();
        assertThat(English.of(headerOnly.errors().get(0).phrase())).contains("no one to mark");

        AttendanceSummary bad = reconcile(book.file("b.csv", "Email,Attended\nb@x.org,perhaps\n"), ImportOptions.defaults());
        assertThat(bad.written()).isFalse();
        assertThat(bad.errorCount()).isEqualTo(1);
        assertThat(bad.noShow()).as("what it would have done").isEqualTo(1);

        AttendanceSummary dry = reconcile(book.file("d.csv", "Email,Attended\nb@x.org,no\n"),
                ImportOptions.defaults().withDryRun(true));
        assertThat(dry.written()).isFalse();
        assertThat(dry.noShow()).isEqualTo(1);

        assertThat(statuses()).containsExactly("a@x.org REGISTERED 0 MANUAL");
    }
}
