package org.podium.service.events;

import org.podium.service.Book;
import org.podium.service.book.SampleDataService;
import org.podium.service.common.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Statement;
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
import org.podium.domain.AgendaItem;
import org.podium.domain.Event;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.store.AgendaStore;
import org.podium.store.PanelStore;
import org.podium.store.PersonStore;
import org.podium.store.RegistrationStore;

/** Deleting an event moves it to the trash, out of every view, until it is restored whole. */
class EventTrashTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;
    Book book;
    EventService events;
    PersonStore people;
    PanelStore panel;
    AgendaStore agenda;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), CLOCK);
        events = book.events();
        people = new PersonStore(book.database());
        panel = new PanelStore(book.database());
        agenda = new AgendaStore(book.database());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private Event add(String title, LocalDateTime start, int minutes) {
        return events.add(Event.builder(title, start, ROME, minutes).build());
    }

    private void seat(Event event, Person person, SeatState state) {
        panel.insert(new PanelSeat(0, event.id(), person.id(), SeatRole.PANELLIST, state, 0, true, true));
    }

    private void register(Event event, String email) {
        new RegistrationStore(book.database()).insert(new Registration(0, event.id(), email, "", "", "", "", "",
                "", "", NOW, RegistrationSource.MANUAL, RegistrationStatus.REGISTERED, 0, false, null, "", null, ""));
    }

    private long count(String table) {
        return book.database().read(c -> {
            try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void theTrashHidesAnEventEverywhereAndRestoreBringsItAllBack() {
        Event kept = add("Kept", LocalDateTime.of(2026, 12, 3, 10, 0), 60);
        Event doomed = add("Doomed", LocalDateTime.of(2026, 12, 4, 10, 0), 60);
        Person ana = people.insert(Person.named("Ana", "Rossi"));
        seat(doomed, ana, SeatState.CONFIRMED);
        agenda.insert(new AgendaItem(0, doomed.id(), 0, "Talk", 30, List.of(ana.id()), ""));
        register(doomed, "a@example.org");
        register(doomed, "b@example.org");
        register(kept, "c@example.org");

        Event trashed = events.moveToTrash(doomed.id());

        assertThat(trashed).isEqualTo(doomed);
        assertThat(events.list()).extracting(s -> s.event().title(), EventSummary::registrants)
                .containsExactly(tuple("Kept", 1L));
        assertThat(events.find(doomed.id())).isEmpty();
        assertThat(events.details(doomed.id())).isEmpty();
        assertThatThrownBy(() -> events.get(doomed.id())).isInstanceOf(NotFoundException.class);
        assertThat(events.trash()).containsExactly(doomed);
        assertThat(count("registration")).as("kept for the undo").isEqualTo(3);

        Event restored = events.restore(doomed.id());

        assertThat(restored).isEqualTo(doomed);
        assertThat(events.trash()).isEmpty();
        assertThat(events.list()).extracting(s -> s.event().title(), EventSummary::registrants)
                .containsExactly(tuple("Kept", 1L), tuple("Doomed", 2L));
        EventDetails details = events.details(doomed.id()).orElseThrow();
        assertThat(details.seats()).extracting(s -> s.person().fullName()).containsExactly("Ana Rossi");
        assertThat(details.agenda()).extracting(t -> t.item().title()).containsExactly("Talk");
        assertThat(details.registrants()).isEqualTo(2);
    }

    @Test
    void trashAndRestoreSayWhenThereIsNothingToMove() {
        Event stored = add("Once", LocalDateTime.of(2026, 12, 3, 10, 0), 60);

        assertThatThrownBy(() -> events.moveToTrash(404)).isInstanceOf(NotFoundException.class)
                .hasMessage("There is no event 404.");
        assertThatThrownBy(() -> events.restore(stored.id())).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("trash");
        events.moveToTrash(stored.id());
        assertThatThrownBy(() -> events.moveToTrash(stored.id())).as("already in the trash")
                .isInstanceOf(NotFoundException.class);
        events.restore(stored.id());
        assertThatThrownBy(() -> events.restore(stored.id())).as("already restored")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theTrashSurvivesReopeningTheBook() {
        Event stored = add("Persistent", LocalDateTime.of(2026, 12, 3, 10, 0), 60);
        events.moveToTrash(stored.id());
        book.close();
        book = Composition.openBook(dir.resolve("book.db"), CLOCK);
        events = book.events();

        assertThat(events.list()).isEmpty();
        assertThat(events.trash()).extracting(Event::title).containsExactly("Persistent");
    }

    @Test
    void loadingTheSampleAgainWhileOneOfItsEventsIsInTheTrashAddsNothing() {
        book.samples().load();
        long first = events.list().get(0).event().id();
        events.moveToTrash(first);

        SampleDataService.Result again = book.samples().load();

        assertThat(again.eventsAdded()).isZero();
        assertThat(events.list()).hasSize(1);
        assertThat(events.trash()).hasSize(1);
    }
}
