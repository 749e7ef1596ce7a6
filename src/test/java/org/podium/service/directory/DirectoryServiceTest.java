package org.podium.service.directory;

import org.podium.service.Book;
import org.podium.service.common.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.domain.Organiser;
import org.podium.domain.OrganiserRole;
import org.podium.domain.Person;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;

/** The people directory and organisations: adding, editing, deleting with undo, and their events. */
class DirectoryServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;
    Book book;
    DirectoryService directory;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), CLOCK);
        directory = book.directory();
    }

    @AfterEach
    void close() {
        book.close();
    }

    private static Person person(String first, String last, String email, Long organisationId) {
        return new Person(0, "", first, last, email, "", "", organisationId, "", "", "", "");
    }

    private Event event(String title, String start) {
        return book.events().add(Event.builder(title, LocalDateTime.parse(start), ROME, 60).build());
    }

    @Test
    void aPersonIsAddedAndEditedWithTheirOrganisation() {
        Organisation mpie = directory.addOrganisation(new Organisation(0, "Migration Policy Institute Europe", "MPIE",
                OrganisationKind.PARTNER, "Brussels", "BE"));
        Person liam = directory.addPerson(person("Liam", "Patuzzi", "liam@mpie.example", mpie.id()));

        Person changed = directory.updatePerson(new Person(liam.id(), "Dr", "Liam", "Patuzzi", "liam@mpie.example", "",
                "Policy Analyst", mpie.id(), "Brussels", "BE", "", ""));

        assertThat(changed.honorific()).isEqualTo("Dr");
        assertThat(directory.people()).singleElement().satisfies(line -> {
            assertThat(line.person().position()).isEqualTo("Policy Analyst");
            assertThat(line.organisation()).contains(mpie);
        });
    }

    @Test
    void anAddressThatIsMalformedOrTakenIsRefusedNamingTheField() {
        Person liam = directory.addPerson(person("Liam", "Patuzzi", "liam@mpie.example", null));

        assertThatThrownBy(() -> directory.addPerson(person("Other", "Liam", " LIAM@mpie.example ", null)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("already the address of Liam Patuzzi")
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("email");
        assertThatThrownBy(() -> directory.addPerson(person("No", "At", "no-at-sign", null)))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("not an email address");
        assertThat(directory.people()).hasSize(1);
        assertThat(directory.updatePerson(liam).email()).as("keeping one's own address").isEqualTo("liam@mpie.example");
    }

    @Test
    void aPersonInTheTrashTakesTheirSeatsAlongAndComesBackWithThem() {
        Event event = event("Webinar", "2026-12-10T10:00");
        Person hart = directory.addPerson(person("Laurence", "Hart", "hart@iom.example", null));
        book.panel().seat(event.id(), hart.id(), SeatRole.OPENING_REMARKS, SeatState.CONFIRMED);

        assertThat(directory.movePersonToTrash(hart.id())).isEqualTo(hart);
        assertThat(directory.people()).isEmpty();
        assertThat(book.panel().seats(event.id())).isEmpty();

        assertThat(directory.restorePerson(hart.id())).isEqualTo(hart);
        assertThat(book.panel().seats(event.id())).extracting(s -> s.person().lastName()).containsExactly("Hart");
    }

    @Test
    void restoringIsRefusedWhenSomeoneElseNowHasTheAddress() {
        Person hart = directory.addPerson(person("Laurence", "Hart", "hart@iom.example", null));
        directory.movePersonToTrash(hart.id());
        directory.addPerson(person("L.", "Hart", "hart@iom.example", null));

        assertThatThrownBy(() -> directory.restorePerson(hart.id())).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("now has the address hart@iom.example");
        assertThatThrownBy(() -> directory.restorePerson(999)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPersonsAppearancesListTheirEventsAndRolesLatestFirst() {
        Event may = event("May webinar", "2026-05-28T10:00");
        Event december = event("December webinar", "2026-12-10T10:00");
        Person liam = directory.addPerson(person("Liam", "Patuzzi", "", null));
        book.panel().seat(may.id(), liam.id(), SeatRole.PRESENTER, SeatState.CONFIRMED);
        book.panel().seat(december.id(), liam.id(), SeatRole.PANELLIST, SeatState.INVITED);
        book.events().moveToTrash(event("Trashed", "2026-07-01T10:00").id());

        assertThat(directory.appearances(liam.id())).extracting(a -> a.event().title() + " " + a.seat().role())
                .containsExactly("December webinar PANELLIST", "May webinar PRESENTER");
    }

    @Test
    void anOrganisationsProfileHasItsPeopleItsEventsAndItsPeoplesSeats() {
        Organisation iom = directory.addOrganisation(new Organisation(0, "IOM", "", OrganisationKind.ORGANISER, "", ""));
        Event event = book.events().add(Event.builder("Webinar", LocalDateTime.parse("2026-12-10T10:00"), ROME, 60)
                .organisers(List.of(new Organiser(iom.id(), OrganiserRole.ORGANISER))).build());
        Person hart = directory.addPerson(person("Laurence", "Hart", "", iom.id()));
        book.panel().seat(event.id(), hart.id(), SeatRole.OPENING_REMARKS, SeatState.CONFIRMED);

        OrganisationProfile profile = directory.organisationProfile(iom.id());

        assertThat(profile.people()).containsExactly(hart);
        assertThat(profile.parts()).containsExactly(new OrganisationProfile.Part(event, OrganiserRole.ORGANISER));
        assertThat(profile.appearances()).extracting(a -> a.person().lastName()).containsExactly("Hart");
    }

    @Test
    void anOrganisationIsRenamedButNotToAnotherOnesName() {
        Organisation iom = directory.addOrganisation(new Organisation(0, "IOM", "", OrganisationKind.ORGANISER, "", ""));
        directory.addOrganisation(new Organisation(0, "MPIE", "", OrganisationKind.PARTNER, "", ""));

        assertThat(directory.updateOrganisation(new Organisation(iom.id(), "IOM Brussels", "IOM",
                OrganisationKind.ORGANISER, "Brussels", "BE")).city()).isEqualTo("Brussels");
        assertThatThrownBy(() -> directory.updateOrganisation(new Organisation(iom.id(), "mpie", "", null, "", "")))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("already exists");
    }

    @Test
    void deletingAnOrganisationLeavesItsPeopleAndUndoingPutsThemBack() {
        Organisation mpie = directory.addOrganisation(new Organisation(0, "MPIE", "", OrganisationKind.PARTNER, "", ""));
        Person liam = directory.addPerson(person("Liam", "Patuzzi", "", mpie.id()));

        DirectoryService.RemovedOrganisation removed = directory.deleteOrganisation(mpie.id());

        assertThat(directory.organisations()).isEmpty();
        assertThat(directory.people()).singleElement().satisfies(l -> assertThat(l.organisation()).isEmpty());
        assertThat(directory.restoreOrganisation(removed)).isEqualTo(mpie);
        assertThat(directory.getPerson(liam.id()).organisationId()).isEqualTo(mpie.id());
    }

    @Test
    void anOrganisationTakingPartInAnEventIsNotDeleted() {
        Organisation iom = directory.addOrganisation(new Organisation(0, "IOM", "", OrganisationKind.ORGANISER, "", ""));
        Event event = book.events().add(Event.builder("Webinar", LocalDateTime.parse("2026-12-10T10:00"), ROME, 60)
                .organisers(List.of(new Organiser(iom.id(), OrganiserRole.ORGANISER))).build());
        book.events().moveToTrash(event.id());

        assertThatThrownBy(() -> directory.deleteOrganisation(iom.id())).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("IOM takes part in 1 event(s) (Webinar)");
        assertThat(directory.organisations()).containsExactly(iom);
    }
}
