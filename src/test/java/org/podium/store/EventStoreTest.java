package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.podium.domain.AgendaItem;
import org.podium.domain.Event;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.domain.Organiser;
import org.podium.domain.OrganiserRole;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.domain.Series;

/** Runs on both kinds of book: the store's contract is the same on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class EventStoreTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    BookFixture book;

    @BeforeEach
    void open() {
        book = new BookFixture(dir, engine);
    }

    @AfterEach
    void close() {
        book.close();
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        return book.organisations.insert(new Organisation(0, name, "", kind, "", ""));
    }

    @Test
    void everyFieldRoundTripsThroughTheFile() {
        Series series = book.series.insert(Series.named("ADMin4ALL"));
        Organisation iom = organisation("IOM Regional Office", OrganisationKind.ORGANISER);
        Organisation mpie = organisation("Migration Policy Institute Europe", OrganisationKind.PARTNER);
        Organisation milan = organisation("Municipality of Milan", OrganisationKind.PARTICIPATING_CITY);
        Organisation eu = organisation("European Union", OrganisationKind.FUNDER);
        Event event = Event.builder("Social Innovation for Migrant Integration",
                        LocalDateTime.of(2020, 9, 24, 10, 0), ZoneId.of("Europe/Rome"), 75)
                .uid("social-innovation@sample.podium")
                .subtitle("Lessons for cities under pandemic")
                .secondTitle("Innovazione Sociale per l’Integrazione dei Migranti")
                .kind(EventKind.HYBRID).seriesId(series.id()).status(EventStatus.CONCLUDED)
                .platform("WebEx")
                .registrationUrl("https://example.org/register")
                .accessUrl("https://example.webex.com/meet/123")
                .recordingUrl("https://example.org/recording")
                .reportUrl("https://example.org/report.pdf")
                .capacity(500).isPublic(false).recorded(true)
                .description("First paragraph.\n\nSecond paragraph with “quotes” and ’apostrophes’.")
                // Deliberately not in id order: the order the coordinator chose is what is kept.
                .organisers(List.of(new Organiser(mpie.id(), OrganiserRole.RESEARCH_PARTNER),
                        new Organiser(iom.id(), OrganiserRole.ORGANISER),
                        new Organiser(eu.id(), OrganiserRole.FUNDER),
                        new Organiser(milan.id(), OrganiserRole.PARTICIPATING_CITY)))
                .sdgs(Set.of(17, 10, 11))
                .icsSequence(3)
                .build();

        Event stored = book.events.insert(event);
        book.reopen();
        Event found = book.events.find(stored.id()).orElseThrow();

        assertThat(stored.id()).isPositive();
        assertThat(stored).isEqualTo(event.toBuilder().id(stored.id()).build());
        assertThat(found).isEqualTo(stored);
        assertThat(found.organisers()).extracting(Organiser::role).containsExactly(
                OrganiserRole.RESEARCH_PARTNER, OrganiserRole.ORGANISER, OrganiserRole.FUNDER,
                OrganiserRole.PARTICIPATING_CITY);
        assertThat(found.sdgs()).containsExactly(10, 11, 17);
        assertThat(book.events.findByUid("social-innovation@sample.podium")).contains(stored);
        assertThat(book.events.all()).containsExactly(stored);
    }

    @Test
    void oneOrganisationMayPlayTwoPartsInTheSameEvent() {
        Organisation iom = organisation("IOM", OrganisationKind.ORGANISER);
        Event stored = book.events.insert(BookFixture.webinar("Two hats", LocalDateTime.of(2026, 12, 1, 10, 0))
                .organisers(List.of(new Organiser(iom.id(), OrganiserRole.ORGANISER),
                        new Organiser(iom.id(), OrganiserRole.FUNDER)))
                .build());

        assertThat(book.events.find(stored.id()).orElseThrow().organisers()).containsExactly(
                new Organiser(iom.id(), OrganiserRole.ORGANISER), new Organiser(iom.id(), OrganiserRole.FUNDER));
    }

    @Test
    void anEventWithoutCapacityKeepsNoCapacityAndZeroStaysZero() {
        Event open = book.events.insert(BookFixture.webinar("Open to all", LocalDateTime.of(2026, 12, 1, 10, 0))
                .capacity(null).build());
        Event closed = book.events.insert(BookFixture.webinar("Closed door", LocalDateTime.of(2026, 12, 2, 10, 0))
                .capacity(0).build());
        book.reopen();

        assertThat(book.events.find(open.id()).orElseThrow().capacity()).isNull();
        assertThat(book.events.find(closed.id()).orElseThrow().capacity()).isZero();
    }

    @Test
    void anEventWithoutACalendarUidIsGivenAUniqueOneThatItKeeps() {
        Event first = book.events.insert(BookFixture.webinar("First", LocalDateTime.of(2026, 12, 1, 10, 0)).build());
        Event second = book.events.insert(BookFixture.webinar("Second", LocalDateTime.of(2026, 12, 2, 10, 0)).build());

        assertThat(first.uid()).isNotBlank().isNotEqualTo(second.uid());
        assertThat(book.events.findByUid(first.uid())).contains(first);

        book.events.update(first.toBuilder().title("First, renamed").start(LocalDateTime.of(2026, 12, 3, 15, 0))
                .build());
        book.reopen();

        assertThat(book.events.find(first.id()).orElseThrow().uid()).isEqualTo(first.uid());
    }

    @Test
    void anUpdateThatCarriesNoUidKeepsTheStoredOne() {
        Event stored = book.events.insert(BookFixture.webinar("Kept", LocalDateTime.of(2026, 12, 1, 10, 0)).build());

        book.events.update(stored.toBuilder().uid("").title("Kept, renamed").build());

        Event found = book.events.find(stored.id()).orElseThrow();
        assertThat(found.title()).isEqualTo("Kept, renamed");
        assertThat(found.uid()).isEqualTo(stored.uid());
    }

    @Test
    void anUpdateReplacesFieldsOrganisersAndGoals() {
        Organisation iom = organisation("IOM", OrganisationKind.ORGANISER);
        Organisation mpie = organisation("MPIE", OrganisationKind.PARTNER);
        Organisation eu = organisation("EU", OrganisationKind.FUNDER);
        Event stored = book.events.insert(BookFixture.webinar("Draft title", LocalDateTime.of(2026, 12, 1, 10, 0))
                .status(EventStatus.DRAFT)
                .organisers(List.of(new Organiser(iom.id(), OrganiserRole.ORGANISER),
                        new Organiser(mpie.id(), OrganiserRole.PARTNER)))
                .sdgs(Set.of(1, 2, 3)).build());

        Event changed = stored.toBuilder().title("Final title").status(EventStatus.SCHEDULED).minutes(90)
                .capacity(120).platform("Zoom").icsSequence(1)
                .organisers(List.of(new Organiser(eu.id(), OrganiserRole.FUNDER),
                        new Organiser(iom.id(), OrganiserRole.CO_ORGANISER)))
                .sdgs(Set.of(10)).build();
        book.events.update(changed);
        book.reopen();

        assertThat(book.events.find(stored.id())).contains(changed);
        assertThat(book.count("SELECT count(*) FROM event_organiser WHERE event_id=?", stored.id())).isEqualTo(2);
        assertThat(book.count("SELECT count(*) FROM event_sdg WHERE event_id=?", stored.id())).isEqualTo(1);
    }

    @Test
    void anUpdateThatMovesTheStartMovesTheEventInTheList() {
        Event january = book.events.insert(BookFixture.webinar("January", LocalDateTime.of(2027, 1, 10, 10, 0)).build());
        Event march = book.events.insert(BookFixture.webinar("March", LocalDateTime.of(2027, 3, 10, 10, 0)).build());

        book.events.update(january.toBuilder().start(LocalDateTime.of(2027, 4, 10, 10, 0)).build());

        assertThat(book.events.all()).extracting(Event::id).containsExactly(march.id(), january.id());
    }

    @Test
    void allListsEventsByTheirRealStartWhateverTheirZone() {
        // 10:00 in Tokyo is 02:00 in Rome: the Tokyo event comes first though its wall time is later.
        Event rome = book.events.insert(BookFixture.webinar("Rome", LocalDateTime.of(2027, 1, 10, 9, 0)).build());
        Event tokyo = book.events.insert(Event.builder("Tokyo", LocalDateTime.of(2027, 1, 10, 10, 0),
                ZoneId.of("Asia/Tokyo"), 60).build());

        assertThat(book.events.all()).extracting(Event::id).containsExactly(tokyo.id(), rome.id());
    }

    @Test
    void updatingAnEventThatIsNotThereIsRefused() {
        Event ghost = BookFixture.webinar("Ghost", LocalDateTime.of(2026, 12, 1, 10, 0)).id(404).uid("ghost").build();

        assertThatThrownBy(() -> book.events.update(ghost)).isInstanceOf(StoreException.class)
                .hasMessageContaining("404");
    }

    @Test
    void deletingAnEventTakesItsPanelAgendaRegistrationsOrganisersAndGoalsWithIt() {
        Organisation iom = organisation("IOM", OrganisationKind.ORGANISER);
        Person hart = book.storedPerson("Laurence", "Hart");
        Event doomed = book.events.insert(BookFixture.webinar("Doomed", LocalDateTime.of(2026, 12, 1, 10, 0))
                .organisers(List.of(new Organiser(iom.id(), OrganiserRole.ORGANISER))).sdgs(Set.of(10)).build());
        Event kept = book.storedWebinar("Kept");
        for (Event e : List.of(doomed, kept)) {
            book.panel.insert(new PanelSeat(0, e.id(), hart.id(), SeatRole.OPENING_REMARKS, SeatState.CONFIRMED,
                    0, false, false));
            book.agenda.insert(new AgendaItem(0, e.id(), 0, "Opening", 10, List.of(hart.id()), ""));
            book.storedRegistration(e.id(), "ana@x.org", RegistrationStatus.REGISTERED);
        }

        assertThat(book.events.delete(doomed.id())).isTrue();

        assertThat(book.events.find(doomed.id())).isEmpty();
        for (String table : List.of("panel_seat", "agenda_item", "registration", "event_organiser", "event_sdg")) {
            assertThat(book.count("SELECT count(*) FROM " + table + " WHERE event_id=?", doomed.id()))
                    .as(table).isZero();
        }
        assertThat(book.count("SELECT count(*) FROM agenda_speaker")).as("speakers of the kept event only")
                .isEqualTo(1);
        assertThat(book.panel.forEvent(kept.id())).hasSize(1);
        assertThat(book.agenda.forEvent(kept.id())).hasSize(1);
        assertThat(book.registrations.count(kept.id())).isEqualTo(1);
        assertThat(book.people.find(hart.id())).isPresent();
        assertThat(book.organisations.find(iom.id())).isPresent();
        assertThat(book.events.delete(doomed.id())).as("already gone").isFalse();
    }

    @Test
    void registrantCountsLeaveOutCancellations() {
        Event busy = book.storedWebinar("Busy");
        Event deserted = book.storedWebinar("Deserted");
        Event untouched = book.storedWebinar("Untouched");
        book.storedRegistration(busy.id(), "a@x.org", RegistrationStatus.REGISTERED);
        book.storedRegistration(busy.id(), "b@x.org", RegistrationStatus.WAITLISTED);
        book.storedRegistration(busy.id(), "c@x.org", RegistrationStatus.ATTENDED);
        book.storedRegistration(busy.id(), "d@x.org", RegistrationStatus.NO_SHOW);
        book.storedRegistration(busy.id(), "e@x.org", RegistrationStatus.CANCELLED);
        book.storedRegistration(deserted.id(), "a@x.org", RegistrationStatus.CANCELLED);

        Map<Long, Long> counts = book.events.registrantCounts();

        assertThat(counts.get(busy.id())).isEqualTo(4L);
        assertThat(counts.getOrDefault(deserted.id(), 0L)).isZero();
        assertThat(counts.getOrDefault(untouched.id(), 0L)).isZero();
    }

    @Test
    void anEventCannotNameASeriesOrOrganisationThatDoesNotExist() {
        assertThatThrownBy(() -> book.events.insert(BookFixture.webinar("Orphan", LocalDateTime.of(2026, 12, 1, 10, 0))
                .seriesId(77L).build())).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> book.events.insert(BookFixture.webinar("Orphan", LocalDateTime.of(2026, 12, 1, 10, 0))
                .organisers(List.of(new Organiser(88, OrganiserRole.ORGANISER))).build()))
                .isInstanceOf(StoreException.class);
        assertThat(book.events.all()).as("nothing half-stored").isEmpty();
    }
}
