package org.podium.service.registrants;

import org.podium.service.Book;
import org.podium.service.common.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationLine;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.store.RegistrationStore;

class RegistrationServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;
    Book book;
    RegistrationService service;
    Event event;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        service = book.registrations();
        event = book.events().add(Event.builder("Cities and climate", LocalDateTime.parse("2026-12-10T10:00"), ROME, 60)
                .capacity(2).build());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private static Registration person(long eventId, String email, String at, RegistrationStatus status) {
        return new Registration(0, eventId, email, "Ana", "Rossi", "Comune di Milano", "", "", "it", "",
                Instant.parse(at), RegistrationSource.MANUAL, status, 0, false, null, "", null, "");
    }

    @Test
    void addingPastCapacityPutsTheNewRegistrationOnTheWaitlist() {
        Registration a = service.add(person(event.id(), "a@x.org", "2026-11-01T09:00:00Z", RegistrationStatus.REGISTERED));
        service.add(person(event.id(), "c@x.org", "2026-11-01T09:30:00Z", RegistrationStatus.CANCELLED));
        Registration b = service.add(person(event.id(), "b@x.org", "2026-11-01T10:00:00Z", RegistrationStatus.REGISTERED));
        Registration c = service.add(person(event.id(), "d@x.org", "2026-11-01T11:00:00Z", RegistrationStatus.REGISTERED));

        assertThat(List.of(a.status(), b.status(), c.status())).containsExactly(RegistrationStatus.REGISTERED,
                RegistrationStatus.REGISTERED, RegistrationStatus.WAITLISTED);
        assertThat(a.country()).as("stored upper case").isEqualTo("IT");
        RegistrantCounts counts = service.counts(event.id());
        assertThat(counts.seatsTaken()).isEqualTo(2);
        assertThat(counts.waitlisted()).isEqualTo(1);
        assertThat(counts.total()).isEqualTo(4);
        assertThat(counts.promotable()).isZero();
    }

    @Test
    void aSecondRegistrationOfTheSameAddressIsRefusedNamingTheFirst() {
        Registration first = service.add(person(event.id(), "Ana@X.org", "2026-11-01T09:00:00Z", RegistrationStatus.REGISTERED));

        assertThatThrownBy(() -> service.add(person(event.id(), " ana@x.ORG ", "2026-11-02T09:00:00Z",
                RegistrationStatus.REGISTERED)))
                .isInstanceOfSatisfying(DuplicateRegistrationException.class,
                        e -> assertThat(e.existing()).isEqualTo(first));
        assertThat(service.lines(event.id())).hasSize(1);
    }

    @Test
    void anInvalidAddressOrCountryIsRefusedNamingTheField() {
        assertThatThrownBy(() -> service.add(person(event.id(), "ana@", "2026-11-01T09:00:00Z",
                RegistrationStatus.REGISTERED)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("email"));
        Registration badCountry = new Registration(0, event.id(), "ana@x.org", "", "", "", "", "", "Italy", "",
                NOW, null, null, 0, false, null, "", null, "");
        assertThatThrownBy(() -> service.add(badCountry))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("country"));
        assertThat(service.lines(event.id())).isEmpty();
    }

    @Test
    void editingKeepsTheRowButRefusesAnAddressAnotherRegistrantHolds() {
        Registration ana = service.add(person(event.id(), "ana@x.org", "2026-11-01T09:00:00Z", RegistrationStatus.REGISTERED));
        Registration bob = service.add(person(event.id(), "bob@x.org", "2026-11-01T10:00:00Z", RegistrationStatus.REGISTERED));
        Registration renamed = new Registration(ana.id(), event.id(), "ANA@x.org", "Anna", "Rossi", "", "", "", "", "",
                ana.registeredAt(), ana.source(), RegistrationStatus.ATTENDED, 40, false, null, "", null, "");

        assertThat(service.update(renamed)).isEqualTo(renamed);
        assertThat(service.find(ana.id())).contains(renamed);

        Registration stealing = new Registration(ana.id(), event.id(), "Bob@x.org", "Anna", "", "", "", "", "", "",
                ana.registeredAt(), ana.source(), RegistrationStatus.ATTENDED, 40, false, null, "", null, "");
        assertThatThrownBy(() -> service.update(stealing))
                .isInstanceOfSatisfying(DuplicateRegistrationException.class, e -> assertThat(e.existing()).isEqualTo(bob));
    }

    @Test
    void aBulkChangeReturnsEachRowsOwnPreviousStatusAndUndoRestoresThem() {
        Registration a = service.add(person(event.id(), "a@x.org", "2026-11-01T09:00:00Z", RegistrationStatus.REGISTERED));
        Registration b = service.add(person(event.id(), "b@x.org", "2026-11-01T10:00:00Z", RegistrationStatus.ATTENDED));
        Registration c = service.add(person(event.id(), "c@x.org", "2026-11-01T11:00:00Z", RegistrationStatus.CANCELLED));

        StatusChange change = service.setStatus(event.id(), List.of(a.id(), b.id(), c.id()), RegistrationStatus.CANCELLED);

        assertThat(change.previous()).containsOnly(Map.entry(a.id(), RegistrationStatus.REGISTERED),
                Map.entry(b.id(), RegistrationStatus.ATTENDED));
        assertThat(service.lines(event.id())).extracting(RegistrationLine::status).containsOnly(RegistrationStatus.CANCELLED);

        service.undo(change);

        assertThat(service.lines(event.id())).extracting(RegistrationLine::status).containsExactly(
                RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED, RegistrationStatus.CANCELLED);
    }

    @Test
    void promotionSeatsExactlyTheFreeSeatsInRegistrationOrder() {
        Event big = book.events().add(Event.builder("Big", LocalDateTime.parse("2026-12-11T10:00"), ROME, 60)
                .capacity(3).build());
        Registration seated = service.add(person(big.id(), "s@x.org", "2026-11-01T08:00:00Z", RegistrationStatus.REGISTERED));
        Registration w2 = service.add(person(big.id(), "w2@x.org", "2026-11-01T10:00:00Z", RegistrationStatus.WAITLISTED));
        Registration w1 = service.add(person(big.id(), "w1@x.org", "2026-11-01T09:00:00Z", RegistrationStatus.WAITLISTED));
        Registration w3 = service.add(person(big.id(), "w3@x.org", "2026-11-01T11:00:00Z", RegistrationStatus.WAITLISTED));
        assertThat(service.counts(big.id()).promotable()).isEqualTo(2);

        StatusChange promoted = service.promoteFromWaitlist(big.id());

        assertThat(promoted.previous()).containsOnlyKeys(w1.id(), w2.id());
        assertThat(service.find(w3.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(service.counts(big.id()).seatsTaken()).isEqualTo(3);
        assertThat(service.promoteFromWaitlist(big.id()).size()).as("no seat left").isZero();

        service.undo(promoted);
        assertThat(service.counts(big.id()).waitlisted()).isEqualTo(3);
        assertThat(service.find(seated.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void withoutCapacityEveryoneIsSeatedAndPromotionEmptiesTheWaitlist() {
        Event open = book.events().add(Event.builder("Open", LocalDateTime.parse("2026-12-11T10:00"), ROME, 60).build());
        service.add(person(open.id(), "a@x.org", "2026-11-01T08:00:00Z", RegistrationStatus.REGISTERED));
        service.add(person(open.id(), "w@x.org", "2026-11-01T09:00:00Z", RegistrationStatus.WAITLISTED));

        assertThat(service.promoteFromWaitlist(open.id()).size()).isEqualTo(1);
        assertThat(service.counts(open.id()).seatsTaken()).isEqualTo(2);
    }

    @Test
    void chartsCountDaysInTheEventsZoneCumulativelyWithEveryDayInBetween() {
        // 23:30 UTC on 1 November is already 2 November in Rome.
        service.add(person(event.id(), "a@x.org", "2026-11-01T08:00:00Z", RegistrationStatus.REGISTERED));
        service.add(person(event.id(), "b@x.org", "2026-11-01T23:30:00Z", RegistrationStatus.REGISTERED));
        Registration c = new Registration(0, event.id(), "c@x.org", "", "", "", "", "", "DE", "",
                Instant.parse("2026-11-04T10:00:00Z"), null, RegistrationStatus.REGISTERED, 0, false, null, "", null, "");
        service.add(c);

        RegistrationCharts charts = service.charts(event.id());

        assertThat(charts.cumulative()).containsExactly(
                new RegistrationCharts.DayTotal(LocalDate.parse("2026-11-01"), 1),
                new RegistrationCharts.DayTotal(LocalDate.parse("2026-11-02"), 2),
                new RegistrationCharts.DayTotal(LocalDate.parse("2026-11-03"), 2),
                new RegistrationCharts.DayTotal(LocalDate.parse("2026-11-04"), 3));
        assertThat(charts.byStatus()).containsEntry(RegistrationStatus.REGISTERED, 2L)
                .containsEntry(RegistrationStatus.WAITLISTED, 1L);
        assertThat(charts.topCountries()).containsExactly(new RegistrationCharts.CountryCount("IT", 2),
                new RegistrationCharts.CountryCount("DE", 1));
    }

    @Test
    void noRegistrationsMeansEmptyCharts() {
        assertThat(RegistrationService.cumulative(List.<RegistrationStore.Tally>of(), ROME)).isEmpty();
        assertThat(service.charts(event.id()).topCountries()).isEmpty();
    }

    @Test
    void aMissingEventIsNotFound() {
        assertThatThrownBy(() -> service.counts(999)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.add(person(999, "a@x.org", "2026-11-01T08:00:00Z",
                RegistrationStatus.REGISTERED))).isInstanceOf(NotFoundException.class);
    }
}
