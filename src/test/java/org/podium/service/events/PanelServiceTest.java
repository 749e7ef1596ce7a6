package org.podium.service.events;

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
import org.podium.domain.Agenda;
import org.podium.domain.AgendaItem;
import org.podium.domain.Chasing;
import org.podium.domain.Event;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;

/** Seating people and planning the run-of-show of one event, on a real book file. */
class PanelServiceTest {
    /** Monday 23 November 2026, 13:00 in Rome. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;
    Book book;
    PanelService panel;
    Event event;
    Person liam;
    Person roberta;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), CLOCK);
        panel = book.panel();
        event = book.events().add(Event.builder("Cities and climate", LocalDateTime.parse("2026-12-10T10:00"), ROME, 75)
                .build());
        liam = book.directory().addPerson(Person.named("Liam", "Patuzzi"));
        roberta = book.directory().addPerson(Person.named("Roberta", "Lo Bianco"));
    }

    @AfterEach
    void close() {
        book.close();
    }

    private void reopen() {
        Path path = book.file().orElseThrow();
        book.close();
        book = Composition.openBook(path, CLOCK);
        panel = book.panel();
    }

    @Test
    void seatsAreAddedInOrderAndTheirAnswersPersist() {
        PanelSeat first = panel.seat(event.id(), liam.id(), SeatRole.PRESENTER, SeatState.INVITED);
        PanelSeat second = panel.seat(event.id(), roberta.id(), SeatRole.PANELLIST, SeatState.CONFIRMED);
        panel.updateSeat(new PanelSeat(first.id(), event.id(), liam.id(), SeatRole.KEYNOTE, SeatState.CONFIRMED,
                first.order(), true, true));
        panel.updateSeat(new PanelSeat(second.id(), event.id(), roberta.id(), SeatRole.PANELLIST, SeatState.DECLINED,
                second.order(), false, true));

        reopen();

        assertThat(panel.seats(event.id())).extracting(s -> s.person().lastName() + " " + s.seat().role() + " "
                + s.seat().state() + " " + s.seat().techCheckDone() + " " + s.seat().consentToRecording())
                .containsExactly("Patuzzi KEYNOTE CONFIRMED true true", "Lo Bianco PANELLIST DECLINED false true");
    }

    @Test
    void seatingSomeoneTwiceIsRefusedNamingThemAndChangesNothing() {
        panel.seat(event.id(), liam.id(), SeatRole.PRESENTER, SeatState.CONFIRMED);

        assertThatThrownBy(() -> panel.seat(event.id(), liam.id(), SeatRole.PANELLIST, SeatState.INVITED))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessage("Liam Patuzzi (person " + liam.id() + ") is already seated on “Cities and climate” as presenter");
        assertThat(panel.seats(event.id())).singleElement()
                .satisfies(s -> assertThat(s.seat().role()).isEqualTo(SeatRole.PRESENTER));
    }

    @Test
    void anUnknownEventOrPersonIsNamedAndNothingIsSeated() {
        assertThatThrownBy(() -> panel.seat(999, liam.id(), SeatRole.PRESENTER, SeatState.INVITED))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no event 999.");
        assertThatThrownBy(() -> panel.seat(event.id(), 999, SeatRole.PRESENTER, SeatState.INVITED))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no person 999.");
        assertThat(panel.seats(event.id())).isEmpty();
    }

    @Test
    void seatsAreReorderedAndARemovedSeatComesBackInItsPlace() {
        PanelSeat a = panel.seat(event.id(), liam.id(), SeatRole.PRESENTER, SeatState.CONFIRMED);
        PanelSeat b = panel.seat(event.id(), roberta.id(), SeatRole.PANELLIST, SeatState.CONFIRMED);
        panel.reorderSeats(event.id(), List.of(b.id(), a.id()));
        assertThat(panel.seats(event.id())).extracting(s -> s.person().id()).containsExactly(roberta.id(), liam.id());

        PanelSeat removed = panel.unseat(b.id());
        assertThat(panel.seats(event.id())).hasSize(1);
        panel.reseat(removed);

        assertThat(panel.seats(event.id())).extracting(s -> s.person().id()).containsExactly(roberta.id(), liam.id());
    }

    @Test
    void itemsAreTimedFromTheStartAndMeasuredAgainstTheSlot() {
        panel.addItem(event.id(), "Welcome", 10, List.of(), "");
        panel.addItem(event.id(), "Study", 20, List.of(liam.id()), "Slides from MPIE");
        panel.addItem(event.id(), "Panel", 30, List.of(roberta.id(), liam.id(), roberta.id()), "");

        Agenda.Plan plan = panel.agenda(event.id());

        assertThat(plan.items()).extracting(t -> t.start().toLocalTime().toString()).containsExactly("10:00", "10:10", "10:30");
        assertThat(plan.items().get(2).item().speakerIds()).as("each speaker once").containsExactly(roberta.id(), liam.id());
        assertThat(plan.fit()).isEqualTo(Agenda.Fit.UNDERRUN);
        assertThat(plan.balance()).isEqualTo(-15);

        panel.addItem(event.id(), "Questions", 25, List.of(), "");
        assertThat(panel.agenda(event.id()).fit()).isEqualTo(Agenda.Fit.OVERRUN);
        assertThat(panel.agenda(event.id()).balance()).isEqualTo(10);
    }

    @Test
    void aZeroOrNegativeLengthOrAnUnknownSpeakerAddsNothing() {
        assertThatThrownBy(() -> panel.addItem(event.id(), "Welcome", 0, List.of(), ""))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("minutes");
        assertThatThrownBy(() -> panel.addItem(event.id(), "Welcome", -5, List.of(), ""))
                .isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> panel.addItem(event.id(), "Welcome", 5, List.of(liam.id(), 999L), ""))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no person 999.");
        assertThatThrownBy(() -> panel.addItem(999, "Welcome", 5, List.of(), ""))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no event 999.");
        assertThat(panel.agenda(event.id()).items()).isEmpty();
    }

    @Test
    void itemsAreEditedReorderedAndARemovedOneComesBackInItsPlace() {
        AgendaItem a = panel.addItem(event.id(), "Welcome", 10, List.of(), "");
        AgendaItem b = panel.addItem(event.id(), "Panel", 30, List.of(), "");
        AgendaItem c = panel.addItem(event.id(), "Questions", 15, List.of(), "");
        panel.updateItem(new AgendaItem(b.id(), 0, 0, "Panel discussion", 35, List.of(roberta.id()), "Three cities"));
        panel.reorderAgenda(event.id(), List.of(c.id(), a.id(), b.id()));

        AgendaItem removed = panel.removeItem(a.id());
        panel.restoreItem(removed);

        assertThat(panel.agenda(event.id()).items()).extracting(t -> t.item().title() + " " + t.item().minutes())
                .containsExactly("Questions 15", "Welcome 10", "Panel discussion 35");
        assertThat(panel.agenda(event.id()).items().get(2).item().notes()).isEqualTo("Three cities");
    }

    @Test
    void aSeatStillInvitedInTheEventsLastWeekIsChasedOnTheEventAndInTheList() {
        Event soon = book.events().add(Event.builder("Soon", LocalDateTime.parse("2026-11-27T10:00"), ROME, 60).build());
        panel.seat(soon.id(), liam.id(), SeatRole.PRESENTER, SeatState.INVITED);
        panel.seat(soon.id(), roberta.id(), SeatRole.PANELLIST, SeatState.CONFIRMED);
        panel.seat(event.id(), roberta.id(), SeatRole.PANELLIST, SeatState.INVITED);

        assertThat(panel.chasing(soon.id())).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo(Chasing.Reason.UNANSWERED);
            assertThat(c.person()).isEqualTo(liam);
        });
        assertThat(panel.chasing(event.id())).as("more than a week away").isEmpty();
        assertThat(book.events().list()).extracting(s -> s.event().title() + " " + s.chasing().size())
                .containsExactly("Soon 1", "Cities and climate 0");
    }

    @Test
    void aSpeakerOnTwoOverlappingEventsIsChasedOnBoth() {
        Event overlapping = book.events().add(Event.builder("Same morning", LocalDateTime.parse("2026-12-10T11:00"),
                ROME, 60).build());
        panel.seat(event.id(), liam.id(), SeatRole.PRESENTER, SeatState.CONFIRMED);
        panel.seat(overlapping.id(), liam.id(), SeatRole.PANELLIST, SeatState.CONFIRMED);

        assertThat(panel.chasing(event.id())).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo(Chasing.Reason.DOUBLE_BOOKED);
            assertThat(c.other()).map(Event::title).contains("Same morning");
        });
        assertThat(book.events().list()).allSatisfy(s -> assertThat(s.chasing()).hasSize(1));
    }
}
