package org.podium.service.events;

import org.podium.service.Book;
import org.podium.service.common.NotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
import org.podium.domain.AgendaItem;
import org.podium.domain.Event;
import org.podium.domain.EventStatus;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.domain.Organiser;
import org.podium.domain.OrganiserRole;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.domain.Series;
import org.podium.store.AgendaStore;
import org.podium.store.OrganisationStore;
import org.podium.store.PanelStore;
import org.podium.store.PersonStore;
import org.podium.store.RegistrationStore;
import org.podium.store.SeriesStore;

class EventServiceTest {
    /** Monday 23 November 2026, 13:00 in Rome. */
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;
    Book book;
    EventService events;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), CLOCK);
        events = book.events();
    }

    @AfterEach
    void close() {
        book.close();
    }

    private Event add(String title, LocalDateTime start, int minutes, EventStatus status) {
        return events.add(Event.builder(title, start, ROME, minutes).status(status).build());
    }

    private void register(Event event, String email, RegistrationStatus status) {
        new RegistrationStore(book.database()).insert(new Registration(0, event.id(), email, "", "", "", "", "",
                "", "", NOW, RegistrationSource.MANUAL, status, 0, false, null, "", null, ""));
    }

    @Test
    void listShowsUpcomingEventsSoonestFirstThenPastEventsMostRecentFirst() {
        // Added in no particular order, as a coordinator would over months.
        add("Past spring", LocalDateTime.of(2026, 3, 10, 10, 0), 60, EventStatus.SCHEDULED);
        add("Next year", LocalDateTime.of(2027, 1, 15, 10, 0), 60, EventStatus.SCHEDULED);
        add("Long ago draft", LocalDateTime.of(2025, 6, 1, 10, 0), 60, EventStatus.DRAFT);
        add("Running now", LocalDateTime.of(2026, 11, 23, 12, 30), 60, EventStatus.SCHEDULED);
        add("Cancelled last month", LocalDateTime.of(2026, 10, 20, 10, 0), 60, EventStatus.CANCELLED);
        add("Next week", LocalDateTime.of(2026, 11, 30, 10, 0), 90, EventStatus.SCHEDULED);
        add("Just ended", LocalDateTime.of(2026, 11, 23, 12, 0), 60, EventStatus.SCHEDULED);

        List<EventSummary> list = events.list();

        assertThat(list).extracting(s -> s.event().title(), EventSummary::upcoming, EventSummary::shownStatus)
                .containsExactly(
                        tuple("Running now", true, EventStatus.SCHEDULED),
                        tuple("Next week", true, EventStatus.SCHEDULED),
                        tuple("Next year", true, EventStatus.SCHEDULED),
                        tuple("Just ended", false, EventStatus.CONCLUDED),
                        tuple("Cancelled last month", false, EventStatus.CANCELLED),
                        tuple("Past spring", false, EventStatus.CONCLUDED),
                        tuple("Long ago draft", false, EventStatus.DRAFT));
        assertThat(list).extracting(s -> s.event().status()).as("the recorded status is not rewritten")
                .doesNotContain(EventStatus.CONCLUDED);
    }

    @Test
    void listCountsRegistrantsButNotCancellations() {
        Event nextWeek = add("Next week", LocalDateTime.of(2026, 11, 30, 10, 0), 60, EventStatus.SCHEDULED);
        Event empty = add("Nobody yet", LocalDateTime.of(2026, 12, 7, 10, 0), 60, EventStatus.SCHEDULED);
        register(nextWeek, "ana@x.org", RegistrationStatus.REGISTERED);
        register(nextWeek, "bob@x.org", RegistrationStatus.WAITLISTED);
        register(nextWeek, "cy@x.org", RegistrationStatus.CANCELLED);

        assertThat(events.list()).extracting(s -> s.event().id(), EventSummary::registrants)
                .containsExactly(tuple(nextWeek.id(), 2L), tuple(empty.id(), 0L));
    }

    @Test
    void anEmptyBookListsNothing() {
        assertThat(events.list()).isEmpty();
    }

    @Test
    void addRefusesAStartTheClocksSkipAndStoresNothing() {
        Event inTheGap = Event.builder("Spring forward", LocalDateTime.of(2026, 3, 29, 2, 30), ROME, 60).build();

        assertThatThrownBy(() -> events.add(inTheGap))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("start");
                    assertThat(e.getMessage()).contains("Europe/Rome");
                });
        assertThat(events.list()).isEmpty();
    }

    @Test
    void addAcceptsAStartThatHappensTwiceAsTheFirstOfTheTwo() {
        Event stored = events.add(Event.builder("Fall back", LocalDateTime.of(2026, 10, 25, 2, 30), ROME, 30)
                .build());

        Event found = events.get(stored.id());
        assertThat(found.startInstant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(found.uid()).isNotBlank();
    }

    @Test
    void getAndDetailsOfAnUnknownEventSaySoClearly() {
        assertThat(events.find(404)).isEmpty();
        assertThat(events.details(404)).isEmpty();
        assertThatThrownBy(() -> events.get(404)).isInstanceOf(NotFoundException.class).hasMessageContaining("404");
    }

    @Test
    void detailsResolveSeriesOrganisersPanelAgendaAndRegistrants() {
        Series series = new SeriesStore(book.database()).insert(new Series(0, "ADMin4ALL", "", "European Union", ""));
        OrganisationStore organisations = new OrganisationStore(book.database());
        Organisation iom = organisations.insert(new Organisation(0, "IOM Regional Office", "IOM RO",
                OrganisationKind.ORGANISER, "Brussels", "BE"));
        Organisation mpie = organisations.insert(new Organisation(0, "Migration Policy Institute Europe", "MPIE",
                OrganisationKind.PARTNER, "Brussels", "BE"));
        PersonStore people = new PersonStore(book.database());
        Person patuzzi = people.insert(new Person(0, "", "Liam", "Patuzzi", "", "", "Policy Analyst", mpie.id(),
                "", "", "", ""));
        Person moderator = people.insert(Person.named("Ana", "Rossi"));
        Event event = events.add(Event.builder("Next webinar", LocalDateTime.of(2026, 12, 3, 10, 0), ROME, 60)
                .seriesId(series.id())
                .organisers(List.of(new Organiser(mpie.id(), OrganiserRole.RESEARCH_PARTNER),
                        new Organiser(iom.id(), OrganiserRole.ORGANISER)))
                .build());
        PanelStore panel = new PanelStore(book.database());
        panel.insert(new PanelSeat(0, event.id(), patuzzi.id(), SeatRole.PRESENTER, SeatState.CONFIRMED, 1, true,
                true));
        panel.insert(new PanelSeat(0, event.id(), moderator.id(), SeatRole.MODERATOR, SeatState.INVITED, 0, false,
                false));
        AgendaStore agenda = new AgendaStore(book.database());
        agenda.insert(new AgendaItem(0, event.id(), 1, "Presentation", 20, List.of(patuzzi.id()), ""));
        agenda.insert(new AgendaItem(0, event.id(), 0, "Welcome", 10, List.of(moderator.id()), ""));
        agenda.insert(new AgendaItem(0, event.id(), 2, "Q&A", 30, List.of(moderator.id(), patuzzi.id()), ""));
        register(event, "ana@x.org", RegistrationStatus.REGISTERED);
        register(event, "bob@x.org", RegistrationStatus.CANCELLED);

        EventDetails details = events.details(event.id()).orElseThrow();

        assertThat(details.event()).isEqualTo(event);
        assertThat(details.shownStatus()).isEqualTo(EventStatus.SCHEDULED);
        assertThat(details.series()).map(Series::name).contains("ADMin4ALL");
        assertThat(details.organisers()).extracting(o -> o.organisation().name(), EventDetails.OrganiserLine::role)
                .containsExactly(tuple("Migration Policy Institute Europe", OrganiserRole.RESEARCH_PARTNER),
                        tuple("IOM Regional Office", OrganiserRole.ORGANISER));
        assertThat(details.seats()).extracting(s -> s.person().fullName(), s -> s.seat().role(),
                s -> s.organisation().map(Organisation::shortName).orElse("-"))
                .containsExactly(tuple("Ana Rossi", SeatRole.MODERATOR, "-"),
                        tuple("Liam Patuzzi", SeatRole.PRESENTER, "MPIE"));
        assertThat(details.agenda()).extracting(t -> t.item().title(), t -> t.start().toLocalDateTime(),
                t -> t.end().toLocalDateTime()).containsExactly(
                        tuple("Welcome", LocalDateTime.of(2026, 12, 3, 10, 0), LocalDateTime.of(2026, 12, 3, 10, 10)),
                        tuple("Presentation", LocalDateTime.of(2026, 12, 3, 10, 10),
                                LocalDateTime.of(2026, 12, 3, 10, 30)),
                        tuple("Q&A", LocalDateTime.of(2026, 12, 3, 10, 30), LocalDateTime.of(2026, 12, 3, 11, 0)));
        assertThat(details.agenda().get(2).item().speakerIds()).containsExactly(moderator.id(), patuzzi.id());
        assertThat(details.registrants()).isEqualTo(1);
    }

    @Test
    void detailsOfAPastScheduledEventWithoutSeriesShowItConcludedAndEmpty() {
        Event past = add("Last spring", LocalDateTime.of(2026, 3, 10, 10, 0), 60, EventStatus.SCHEDULED);

        EventDetails details = events.details(past.id()).orElseThrow();

        assertThat(details.shownStatus()).isEqualTo(EventStatus.CONCLUDED);
        assertThat(details.series()).isEmpty();
        assertThat(details.organisers()).isEmpty();
        assertThat(details.seats()).isEmpty();
        assertThat(details.agenda()).isEmpty();
        assertThat(details.registrants()).isZero();
    }
}
