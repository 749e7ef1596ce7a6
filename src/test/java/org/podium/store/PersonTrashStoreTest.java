package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.podium.domain.AgendaItem;
import org.podium.domain.Event;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;

/** A person in the trash disappears with their seats and slots, and comes back with them. */
/** Runs on both kinds of book: the store's contract is the same on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class PersonTrashStoreTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    BookFixture book;
    Event event;
    Person hart;
    Person patuzzi;

    @BeforeEach
    void open() {
        book = new BookFixture(dir, engine);
        event = book.storedWebinar("European Cities on the Front Line");
        hart = book.people.insert(new Person(0, "", "Laurence", "Hart", "hart@iom.int", "", "", null, "", "", "", ""));
        patuzzi = book.storedPerson("Liam", "Patuzzi");
        book.panel.insert(new PanelSeat(0, event.id(), hart.id(), SeatRole.OPENING_REMARKS, SeatState.CONFIRMED,
                0, true, true));
        book.panel.insert(new PanelSeat(0, event.id(), patuzzi.id(), SeatRole.PRESENTER, SeatState.INVITED,
                1, false, false));
        book.agenda.insert(new AgendaItem(0, event.id(), 0, "Opening remarks", 10,
                List.of(hart.id(), patuzzi.id()), ""));
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void aPersonInTheTrashIsHiddenFromEveryReadWithTheirSeatsAndSlots() {
        assertThat(book.people.moveToTrash(hart.id(), BookFixture.NOW)).isTrue();
        book.reopen();

        assertThat(book.people.find(hart.id())).isEmpty();
        assertThat(book.people.findByEmail("hart@iom.int")).isEmpty();
        assertThat(book.people.findByName("Laurence", "Hart")).isEmpty();
        assertThat(book.people.all()).extracting(Person::lastName).containsExactly("Patuzzi");
        assertThat(book.panel.forEvent(event.id())).extracting(PanelSeat::personId).containsExactly(patuzzi.id());
        assertThat(book.panel.all()).extracting(PanelSeat::personId).containsExactly(patuzzi.id());
        assertThat(book.panel.forPerson(hart.id())).isEmpty();
        assertThat(book.agenda.forEvent(event.id()).get(0).speakerIds()).containsExactly(patuzzi.id());
        assertThat(book.count("SELECT count(*) FROM panel_seat")).as("kept for the undo").isEqualTo(2);
    }

    @Test
    void restoringBringsBackThePersonWithTheirSeatsAndSlots() {
        book.people.moveToTrash(hart.id(), BookFixture.NOW);

        assertThat(book.people.restoreFromTrash(hart.id())).isTrue();

        assertThat(book.people.find(hart.id())).contains(hart);
        assertThat(book.panel.forEvent(event.id())).extracting(PanelSeat::personId)
                .containsExactly(hart.id(), patuzzi.id());
        assertThat(book.agenda.forEvent(event.id()).get(0).speakerIds()).containsExactly(hart.id(), patuzzi.id());
        assertThat(book.people.restoreFromTrash(hart.id())).as("not in the trash any more").isFalse();
    }

    @Test
    void aLiveNewcomerMayTakeTheAddressOfSomeoneInTheTrash() {
        book.people.moveToTrash(hart.id(), BookFixture.NOW);

        Person newcomer = book.people.insert(new Person(0, "", "L.", "Hart", "HART@iom.int", "", "", null, "", "",
                "", ""));

        assertThat(book.people.findByEmail("hart@iom.int")).contains(newcomer);
        assertThat(book.people.emailInTrash(hart.id())).contains("hart@iom.int");
        assertThatThrownBy(() -> book.people.restoreFromTrash(hart.id())).as("two live people, one address")
                .isInstanceOf(StoreException.class);
    }

    @Test
    void aPersonInTheTrashCannotBeUpdatedOrTrashedAgain() {
        book.people.moveToTrash(hart.id(), BookFixture.NOW);

        assertThatThrownBy(() -> book.people.update(hart)).isInstanceOf(StoreException.class)
                .hasMessageContaining("no person " + hart.id());
        assertThat(book.people.moveToTrash(hart.id(), BookFixture.NOW)).isFalse();
    }

    @Test
    void theOrganisationOfPeopleCanBeSetBackInTheTrashToo() {
        var org = book.organisations.insert(new org.podium.domain.Organisation(0, "IOM", "", null, "", ""));
        book.people.setOrganisation(List.of(hart.id(), patuzzi.id()), org.id());
        book.people.moveToTrash(hart.id(), BookFixture.NOW);

        assertThat(book.people.idsInOrganisation(org.id())).containsExactly(hart.id(), patuzzi.id());
    }
}
