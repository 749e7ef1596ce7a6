package org.podium.service.common;

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
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.domain.Stamp;
import org.podium.domain.Versioned;
import org.podium.service.Book;

/**
 * Two clients with the same laptop book open (two compositions on one file, as a window and
 * a command are) edit the same record: the second to save gets the conflict carrying the
 * first one's values, who saved them and when, and a save against that version then succeeds.
 */
class EditConflictTest {
    private static final Instant FIRST_SAVED = Instant.parse("2026-11-23T09:15:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    Book first;
    Book second;

    @BeforeEach
    void open() {
        first = Composition.openBook(dir.resolve("book.db"), CLOCK);
        first.database().sign("ada", Clock.fixed(FIRST_SAVED, ZoneOffset.UTC));
        second = Composition.openBook(dir.resolve("book.db"), CLOCK);
        second.database().sign("bob", CLOCK);
    }

    @AfterEach
    void close() {
        second.close();
        first.close();
    }

    @Test
    void theSecondSaveOfAnEventGetsTheFirstOnesValues() {
        Event stored = first.events().add(Event.builder("Migrant inclusion", LocalDateTime.of(2026, 12, 3, 10, 0),
                ZoneId.of("Europe/Rome"), 60).build());
        Versioned<Event> opened = second.events().findVersioned(stored.id()).orElseThrow();

        first.events().update(stored.toBuilder().title("Migrant inclusion in cities").build(), opened.version());

        Event mine = opened.value().toBuilder().platform("WebEx").build();
        assertThatThrownBy(() -> second.events().update(mine, opened.version()))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    Versioned<Event> theirs = e.theirs(Event.class);
                    assertThat(theirs.value().title()).isEqualTo("Migrant inclusion in cities");
                    assertThat(theirs.value().platform()).isEmpty();
                    assertThat(theirs.stamp()).isEqualTo(new Stamp(2, "ada", FIRST_SAVED));
                });
        assertThat(first.events().get(stored.id()).platform()).isEmpty();

        Versioned<Event> saved = second.events().update(mine.toBuilder().title("Migrant inclusion in cities").build(),
                2L);
        assertThat(saved.stamp().version()).isEqualTo(3);
        assertThat(first.events().get(stored.id()).platform()).isEqualTo("WebEx");
    }

    @Test
    void peopleOrganisationsSeatsAndRegistrantsConflictAlike() {
        Organisation org = first.directory().addOrganisation(new Organisation(0, "MPI Europe", "", OrganisationKind.PARTNER,
                "", ""));
        Person person = first.directory().addPerson(Person.named("Liam", "Patuzzi"));
        Event event = first.events().add(Event.builder("Panel", LocalDateTime.of(2026, 12, 3, 10, 0),
                ZoneId.of("Europe/Rome"), 60).build());
        PanelSeat seat = first.panel().seat(event.id(), person.id(), SeatRole.PANELLIST, SeatState.INVITED);
        Registration reg = first.registrations().add(Registration.of(event.id(), "a@example.org", "A", "B",
                Instant.parse("2026-11-01T10:00:00Z")));

        first.directory().updateOrganisation(new Organisation(org.id(), "MPI Europe", "MPIE", OrganisationKind.PARTNER,
                "Brussels", "BE"));
        first.directory().updatePerson(new Person(person.id(), "", "Liam", "Patuzzi", "", "", "Policy analyst", null,
                "", "", "", ""));
        first.panel().updateSeat(new PanelSeat(seat.id(), event.id(), person.id(), SeatRole.MODERATOR,
                SeatState.CONFIRMED, seat.order(), false, false));
        first.registrations().update(new Registration(reg.id(), event.id(), "a@example.org", "Anna", "B", "", "", "",
                "", "", reg.registeredAt(), reg.source(), reg.status(), 0, false, null, "", null, ""));

        assertThat(conflict(() -> second.directory().updateOrganisation(org, 1L)).theirs(Organisation.class).value()
                .shortName()).isEqualTo("MPIE");
        assertThat(conflict(() -> second.directory().updatePerson(person, 1L)).theirs(Person.class).value()
                .position()).isEqualTo("Policy analyst");
        assertThat(conflict(() -> second.panel().updateSeat(seat, 1L)).theirs(PanelSeat.class).value().role())
                .isEqualTo(SeatRole.MODERATOR);
        EditConflictException onRegistrant = conflict(() -> second.registrations().update(reg, 1L));
        assertThat(onRegistrant.theirs(Registration.class).value().firstName()).isEqualTo("Anna");
        assertThat(onRegistrant.stamp().changedBy()).isEqualTo("ada");
        assertThat(List.of(second.directory().getPerson(person.id()).position())).containsExactly("Policy analyst");
    }

    @Test
    void aSeatsOneChangeIsAddedToWhatSomeoneElseChangedMeanwhileUnlessTheyChangedTheSameThing() {
        Person person = first.directory().addPerson(Person.named("Liam", "Patuzzi"));
        Event event = first.events().add(Event.builder("Panel", LocalDateTime.of(2026, 12, 3, 10, 0),
                ZoneId.of("Europe/Rome"), 60).build());
        PanelSeat shown = first.panel().seat(event.id(), person.id(), SeatRole.PANELLIST, SeatState.INVITED);
        first.panel().updateSeat(new PanelSeat(shown.id(), event.id(), person.id(), SeatRole.PANELLIST,
                SeatState.CONFIRMED, shown.order(), false, false));

        // The second coordinator, still seeing the seat as invited, ticks the tech check: the answer stays.
        Versioned<PanelSeat> both = second.panel().changeSeat(shown, s -> new PanelSeat(s.id(), s.eventId(),
                s.personId(), s.role(), s.state(), s.order(), true, s.consentToRecording()));
        assertThat(both.value().state()).isEqualTo(SeatState.CONFIRMED);
        assertThat(both.value().techCheckDone()).isTrue();
        assertThat(both.stamp()).isEqualTo(new Stamp(3, "bob", CLOCK.instant()));

        // Then records "declined" over the answer they did not see change: that is a conflict, nothing saved.
        EditConflictException onAnswer = conflict(() -> second.panel().changeSeat(shown, s -> new PanelSeat(s.id(),
                s.eventId(), s.personId(), s.role(), SeatState.DECLINED, s.order(), s.techCheckDone(),
                s.consentToRecording())));
        assertThat(onAnswer.theirs(PanelSeat.class).value().state()).isEqualTo(SeatState.CONFIRMED);
        assertThat(first.panel().findSeatVersioned(shown.id()).orElseThrow().value().state())
                .isEqualTo(SeatState.CONFIRMED);
    }

    private static EditConflictException conflict(Runnable save) {
        try {
            save.run();
        } catch (EditConflictException e) {
            return e;
        }
        throw new AssertionError("the stale save was not refused");
    }
}
