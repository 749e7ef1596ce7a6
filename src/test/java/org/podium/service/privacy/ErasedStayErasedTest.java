package org.podium.service.privacy;

import org.podium.English;
import org.podium.service.importing.ImportBook;

import org.podium.service.common.Progress;
import org.podium.service.importing.AttendanceSummary;
import org.podium.service.importing.ImportOptions;
import org.podium.service.importing.ImportPreview;
import org.podium.service.importing.ImportSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;

/**
 * After {@code privacy erase}, which promises the address will not be imported again, no path
 * that adds a registrant or a person brings it back: every import format, attendance, and the
 * single-person forms' services. Rows are left out and counted; the forms refuse.
 */
class ErasedStayErasedTest {
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

    private List<String> emails() {
        return book.stored().stream().map(line -> line.split(" \\| ")[0]).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "generic-english.csv, ana.rossi@comune.milano.it, 3",
        "zoom-registration.csv, MARIE.dupont@paris.fr, 3",
        "eventbrite.csv, omar.haddad@example.org, 3"
    })
    void aRegistrantImportOfEveryFormatLeavesOutAndCountsAnErasedAddress(String fixture, String erased, int rows) {
        book.book.privacy().erase(erased);
        Path file = book.fixture(fixture);

        ImportPreview preview = book.book.imports().preview(file, book.event.id(), ImportOptions.defaults());
        ImportSummary s = book.commit(file, ImportOptions.defaults());

        assertThat(preview.erasedSkipped()).as("the preview says so").isEqualTo(1);
        assertThat(s.erasedSkipped()).isEqualTo(1);
        assertThat(s.rows()).isEqualTo(rows);
        assertThat(s.imported()).isEqualTo(rows - 1);
        assertThat(s.written()).isTrue();
        assertThat(emails()).hasSize(rows - 1).noneMatch(e -> e.equalsIgnoreCase(erased));
        assertThat(s.notices()).anyMatch(p -> English.of(p.phrase()).contains("erased from the book on request"));
    }

    @Test
    void theErasureLogAloneKeepsAnAddressOutAsAfterARestoreThatLostTheSuppressionEntry() {
        book.book.privacy().erase("ana.rossi@comune.milano.it");
        book.book.suppressions().remove(List.of("ana.rossi@comune.milano.it"));

        ImportSummary s = book.commit(book.fixture("generic-english.csv"), ImportOptions.defaults());

        assertThat(s.erasedSkipped()).isEqualTo(1);
        assertThat(emails()).doesNotContain("ana.rossi@comune.milano.it");
    }

    @Test
    void anAddressOnlyUnsubscribedIsStillImported() {
        book.book.suppressions().add("ana.rossi@comune.milano.it", "unsubscribed");

        ImportSummary s = book.commit(book.fixture("generic-english.csv"), ImportOptions.defaults());

        assertThat(s.erasedSkipped()).isZero();
        assertThat(emails()).contains("ana.rossi@comune.milano.it");
    }

    @Test
    void anAddressWrittenWithInvisibleCharactersIsStillTheErasedOne() {
        book.book.privacy().erase("ann@example.org");

        ImportSummary s = book.commit(book.file("ann.csv", "Email,First Name\n\uFEFF\u200BAnn@Example.org\u00A0,Ann\n"
                + "bo@example.org,Bo\n"), ImportOptions.defaults());

        assertThat(s.erasedSkipped()).isEqualTo(1);
        assertThat(emails()).containsExactly("bo@example.org");
    }

    @Test
    void anAttendanceReportDoesNotAddAnErasedWalkIn() {
        book.book.privacy().erase("greta.weber@berlin.de");

        AttendanceSummary s = book.book.attendance().reconcile(book.fixture("zoom-attendee.csv"), book.event.id(),
                ImportOptions.defaults(), Progress.NONE);

        assertThat(s.erasedSkipped()).isEqualTo(1);
        assertThat(s.unregisteredAttendees()).as("Ana and Jan, who had not registered either").isEqualTo(2);
        assertThat(emails()).doesNotContain("greta.weber@berlin.de").contains("jan.kowalski@gdansk.pl");
    }

    @Test
    void aTeamsAttendanceReportDoesNotAddAnErasedAttendee() {
        book.book.privacy().erase("zoe.dubois@paris.fr");

        AttendanceSummary s = book.book.attendance().reconcile(book.fixture("teams-attendance.csv"), book.event.id(),
                ImportOptions.defaults(), Progress.NONE);

        assertThat(s.erasedSkipped()).isEqualTo(1);
        assertThat(emails()).doesNotContain("zoe.dubois@paris.fr").contains("ana.rossi@comune.milano.it");
    }

    @Test
    void theRegistrantFormsServiceRefusesAnErasedAddressAndAChangeToOne() {
        book.book.privacy().erase("ann@example.org");
        Registration ann = Registration.of(book.event.id(), " ANN@example.org\u200B", "Ann", "", Instant.EPOCH);

        assertThatThrownBy(() -> book.book.registrations().add(ann)).isInstanceOf(ErasedAddressException.class)
                .hasMessageContaining("erased");
        Registration bo = book.register("bo@example.org", "Bo", RegistrationStatus.REGISTERED);
        Registration renamed = new Registration(bo.id(), bo.eventId(), "ann@example.org", "Bo", "", "", "", "", "",
                "", bo.registeredAt(), bo.source(), bo.status(), 0, false, null, "", null, "");
        assertThatThrownBy(() -> book.book.registrations().update(renamed)).isInstanceOf(ErasedAddressException.class);
        assertThat(emails()).containsExactly("bo@example.org");
    }

    @Test
    void theDirectoryRefusesAnErasedAddressForANewPersonAndForAChangedOne() {
        book.book.privacy().erase("ann@example.org");
        Person ann = new Person(0, "", "Ann", "Lee", "Ann@Example.org", "", "", null, "", "", "", "");

        assertThatThrownBy(() -> book.book.directory().addPerson(ann)).isInstanceOf(ErasedAddressException.class);
        Person bo = book.book.directory().addPerson(new Person(0, "", "Bo", "", "bo@example.org", "", "", null, "",
                "", "", ""));
        Person changed = new Person(bo.id(), "", "Bo", "", "ann@example.org", "", "", null, "", "", "", "");
        assertThatThrownBy(() -> book.book.directory().updatePerson(changed)).isInstanceOf(ErasedAddressException.class);
        assertThat(book.book.directory().people()).extracting(l -> l.person().email()).containsExactly("bo@example.org");
    }
}
