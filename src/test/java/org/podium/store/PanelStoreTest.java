package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.podium.domain.Event;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;

/** Runs on both kinds of book: the store's contract is the same on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class PanelStoreTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    BookFixture book;
    Event event;
    Person svarc;
    Person patuzzi;
    Person lubell;

    @BeforeEach
    void open() {
        book = new BookFixture(dir, engine);
        event = book.storedWebinar("Social Innovation for Migrant Integration");
        svarc = book.storedPerson("Jiri", "Svarc");
        patuzzi = book.storedPerson("Liam", "Patuzzi");
        lubell = book.storedPerson("David", "Lubell");
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void aSeatRoundTripsThroughTheFile() {
        PanelSeat stored = book.panel.insert(new PanelSeat(0, event.id(), patuzzi.id(), SeatRole.PRESENTER,
                SeatState.CONFIRMED, 1, true, false));
        book.reopen();

        assertThat(stored.id()).isPositive();
        assertThat(book.panel.find(event.id(), patuzzi.id())).contains(stored);
    }

    @Test
    void seatsAreListedInTheirChosenOrderNotTheOrderTheyWereAdded() {
        PanelSeat third = book.panel.insert(new PanelSeat(0, event.id(), lubell.id(), SeatRole.PANELLIST,
                SeatState.INVITED, 2, false, false));
        PanelSeat first = book.panel.insert(new PanelSeat(0, event.id(), svarc.id(), SeatRole.KEYNOTE,
                SeatState.CONFIRMED, 0, true, true));
        PanelSeat second = book.panel.insert(new PanelSeat(0, event.id(), patuzzi.id(), SeatRole.PRESENTER,
                SeatState.DECLINED, 1, false, true));

        assertThat(book.panel.forEvent(event.id())).containsExactly(first, second, third);
    }

    @Test
    void anUpdateChangesRoleStateOrderAndChecks() {
        PanelSeat stored = book.panel.insert(new PanelSeat(0, event.id(), patuzzi.id(), SeatRole.PANELLIST,
                SeatState.INVITED, 3, false, false));
        PanelSeat changed = new PanelSeat(stored.id(), event.id(), patuzzi.id(), SeatRole.MODERATOR,
                SeatState.CONFIRMED, 0, true, true);

        book.panel.update(changed);
        book.reopen();

        assertThat(book.panel.find(event.id(), patuzzi.id())).contains(changed);
    }

    @Test
    void aPersonHasOneSeatPerEvent() {
        book.panel.insert(new PanelSeat(0, event.id(), patuzzi.id(), SeatRole.PRESENTER, SeatState.CONFIRMED,
                0, false, false));

        assertThatThrownBy(() -> book.panel.insert(new PanelSeat(0, event.id(), patuzzi.id(), SeatRole.PANELLIST,
                SeatState.INVITED, 1, false, false))).isInstanceOf(StoreException.class);
        assertThat(book.panel.forEvent(event.id())).hasSize(1);
    }

    @Test
    void aPersonMaySitOnSeveralEventsPanels() {
        Event other = book.storedWebinar("European Cities on the Front Line");
        PanelSeat here = book.panel.insert(new PanelSeat(0, event.id(), patuzzi.id(), SeatRole.PRESENTER,
                SeatState.CONFIRMED, 0, false, false));
        PanelSeat there = book.panel.insert(new PanelSeat(0, other.id(), patuzzi.id(), SeatRole.PANELLIST,
                SeatState.INVITED, 0, false, false));

        assertThat(book.panel.forPerson(patuzzi.id())).containsExactly(here, there);
    }

    @Test
    void deletingASeatFreesIt() {
        PanelSeat stored = book.panel.insert(new PanelSeat(0, event.id(), patuzzi.id(), SeatRole.PRESENTER,
                SeatState.CONFIRMED, 0, false, false));

        assertThat(book.panel.delete(stored.id())).isTrue();
        assertThat(book.panel.find(event.id(), patuzzi.id())).isEmpty();
        assertThat(book.panel.delete(stored.id())).isFalse();
    }

    @Test
    void aSeatCannotPointAtAnEventOrPersonThatDoesNotExist() {
        assertThatThrownBy(() -> book.panel.insert(new PanelSeat(0, 999, patuzzi.id(), SeatRole.PRESENTER,
                SeatState.CONFIRMED, 0, false, false))).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> book.panel.insert(new PanelSeat(0, event.id(), 999, SeatRole.PRESENTER,
                SeatState.CONFIRMED, 0, false, false))).isInstanceOf(StoreException.class);
    }

    @Test
    void reorderingPutsTheSeatsInTheGivenOrderAndLeavesOtherEventsAlone() {
        Event other = book.storedWebinar("European Cities on the Front Line");
        PanelSeat a = book.panel.insert(new PanelSeat(0, event.id(), svarc.id(), SeatRole.KEYNOTE,
                SeatState.CONFIRMED, 0, false, false));
        PanelSeat b = book.panel.insert(new PanelSeat(0, event.id(), patuzzi.id(), SeatRole.PRESENTER,
                SeatState.CONFIRMED, 1, false, false));
        PanelSeat c = book.panel.insert(new PanelSeat(0, event.id(), lubell.id(), SeatRole.PANELLIST,
                SeatState.INVITED, 2, false, false));
        PanelSeat elsewhere = book.panel.insert(new PanelSeat(0, other.id(), lubell.id(), SeatRole.PANELLIST,
                SeatState.INVITED, 0, false, false));

        book.panel.reorder(event.id(), java.util.List.of(c.id(), a.id(), b.id(), elsewhere.id()));
        book.reopen();

        assertThat(book.panel.forEvent(event.id())).extracting(PanelSeat::id).containsExactly(c.id(), a.id(), b.id());
        assertThat(book.panel.find(elsewhere.id())).contains(elsewhere);
        assertThat(book.panel.nextPosition(event.id())).isEqualTo(3);
        assertThat(book.panel.nextPosition(other.id())).isEqualTo(1);
    }

    @Test
    void anEmptyPanelStartsAtTheFirstPlace() {
        assertThat(book.panel.nextPosition(event.id())).isZero();
        assertThat(book.panel.find(42)).isEmpty();
    }
}
