package org.podium.service.book;

import org.podium.service.Book;
import org.podium.service.directory.DirectoryService;
import org.podium.service.events.EventDetails;
import org.podium.service.events.EventSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Agenda;
import org.podium.domain.Event;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.Organisation;
import org.podium.domain.OrganiserRole;
import org.podium.domain.Person;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;

class SampleDataServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String CITIES = "European Cities on the Front Line";
    private static final String SOCIAL = "Social Innovation for Migrant Integration";

    @TempDir
    Path dir;
    Book book;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), CLOCK);
    }

    @AfterEach
    void close() {
        book.close();
    }

    private void reopen() {
        book.close();
        book = Composition.openBook(dir.resolve("book.db"), CLOCK);
    }

    private EventDetails details(String title) {
        long id = book.events().list().stream().map(EventSummary::event)
                .filter(e -> e.title().equals(title)).findFirst().orElseThrow().id();
        return book.events().details(id).orElseThrow();
    }

    @Test
    void loadAddsBothWebinarsAsTheSeedPagesAnnounceThem() {
        SampleDataService.Result result = book.samples().load();
        reopen();

        assertThat(result).isEqualTo(new SampleDataService.Result(2, 0));
        List<EventSummary> list = book.events().list();
        assertThat(list).extracting(s -> s.event().title()).containsExactly(SOCIAL, CITIES);
        assertThat(list).allSatisfy(s -> {
            assertThat(s.upcoming()).isFalse();
            assertThat(s.shownStatus()).isEqualTo(EventStatus.CONCLUDED);
            assertThat(s.registrants()).isBetween(240L, 340L);
        });

        Event cities = list.get(1).event();
        assertThat(cities.subtitle()).isEqualTo("Advancing migrant inclusion in times of COVID-19");
        assertThat(cities.secondTitle()).isEmpty();
        assertThat(cities.start()).isEqualTo(LocalDateTime.of(2020, 5, 28, 10, 0));
        assertThat(cities.zone()).isEqualTo(ROME);
        assertThat(cities.minutes()).isEqualTo(60);
        assertThat(cities.startInstant()).as("10:00 CEST").isEqualTo(Instant.parse("2020-05-28T08:00:00Z"));
        assertThat(cities.platform()).isEqualTo("WebEx");
        assertThat(cities.kind()).isEqualTo(EventKind.WEBINAR);
        assertThat(cities.isPublic()).isTrue();
        assertThat(cities.recorded()).isTrue();
        assertThat(cities.description()).contains("Thessaloniki, Gdansk and Milan");

        Event social = list.get(0).event();
        assertThat(social.subtitle()).isEqualTo("Lessons for cities under pandemic");
        assertThat(social.secondTitle())
                .isEqualTo("Innovazione Sociale per l’Integrazione dei Migranti: Lezioni per le città in tempo di pandemia");
        assertThat(social.start()).isEqualTo(LocalDateTime.of(2020, 9, 24, 10, 0));
        assertThat(social.zone()).isEqualTo(ROME);
        assertThat(social.minutes()).isEqualTo(75);
        assertThat(social.endInstant()).isEqualTo(Instant.parse("2020-09-24T09:15:00Z"));
        assertThat(social.platform()).isEqualTo("WebEx");
        assertThat(social.sdgs()).containsExactly(10, 11, 17);
    }

    @Test
    void theFirstWebinarHasItsSeriesOrganisersPanelAndTimedAgenda() {
        book.samples().load();

        EventDetails cities = details(CITIES);

        assertThat(cities.series()).hasValueSatisfying(s -> {
            assertThat(s.name()).isEqualTo("ADMin4ALL");
            assertThat(s.funder()).isEqualTo("European Union");
        });
        assertThat(cities.organisers())
                .extracting(o -> o.organisation().name(), EventDetails.OrganiserLine::role)
                .containsExactly(
                        tuple("IOM Regional Office for the EEA, the EU and NATO", OrganiserRole.ORGANISER),
                        tuple("IOM Coordination Office for the Mediterranean – Mission to Italy, Malta and the Holy See",
                                OrganiserRole.ORGANISER),
                        tuple("Migration Policy Institute Europe", OrganiserRole.RESEARCH_PARTNER),
                        tuple("European Union", OrganiserRole.FUNDER),
                        tuple("Municipality of Thessaloniki", OrganiserRole.PARTICIPATING_CITY),
                        tuple("City of Gdańsk", OrganiserRole.PARTICIPATING_CITY),
                        tuple("Municipality of Milan", OrganiserRole.PARTICIPATING_CITY));

        assertThat(cities.seats()).singleElement().satisfies(seat -> {
            assertThat(seat.person().fullName()).isEqualTo("Laurence Hart");
            assertThat(seat.seat().role()).isEqualTo(SeatRole.OPENING_REMARKS);
            assertThat(seat.seat().state()).isEqualTo(SeatState.CONFIRMED);
            assertThat(seat.organisation()).map(Organisation::displayName).contains("IOM CO Mediterranean");
        });

        long hart = cities.seats().get(0).person().id();
        assertThat(cities.agenda()).extracting(t -> t.item().title(), t -> t.start().toLocalTime().toString(),
                t -> t.end().toLocalTime().toString()).containsExactly(
                        tuple("Opening remarks", "10:00", "10:10"),
                        tuple("Presentation of the study “European Cities on the Front Line”", "10:10", "10:25"),
                        tuple("City testimonies: Thessaloniki, Gdansk and Milan", "10:25", "10:50"),
                        tuple("Questions and answers", "10:50", "11:00"));
        assertThat(cities.agenda().get(0).item().speakerIds()).containsExactly(hart);
        assertThat(cities.agenda().get(3).end()).isEqualTo(cities.event().endInZone());
    }

    @Test
    void theSecondWebinarSeatsItsFivePanellistsInOrder() {
        book.samples().load();

        EventDetails social = details(SOCIAL);

        assertThat(social.seats()).extracting(s -> s.person().fullName(), s -> s.seat().role())
                .containsExactly(
                        tuple("Jiri Svarc", SeatRole.KEYNOTE),
                        tuple("Liam Patuzzi", SeatRole.PRESENTER),
                        tuple("Roberta Lo Bianco", SeatRole.PANELLIST),
                        tuple("David Lubell", SeatRole.PANELLIST),
                        tuple("Maria Amelie", SeatRole.PANELLIST));
        EventDetails.SeatLine patuzzi = social.seats().get(1);
        assertThat(patuzzi.person().position()).isEqualTo("Policy Analyst");
        assertThat(patuzzi.organisation()).hasValueSatisfying(o -> {
            assertThat(o.name()).isEqualTo("Migration Policy Institute Europe");
            assertThat(o.shortName()).isEqualTo("MPIE");
        });
        assertThat(social.seats()).allSatisfy(s -> assertThat(s.seat().state()).isEqualTo(SeatState.CONFIRMED));
        assertThat(social.organisers()).extracting(EventDetails.OrganiserLine::role)
                .contains(OrganiserRole.RESEARCH_PARTNER, OrganiserRole.FUNDER)
                .doesNotContain(OrganiserRole.PARTICIPATING_CITY);

        Agenda.Timed panel = social.agenda().get(2);
        assertThat(panel.item().title()).isEqualTo("Panel discussion");
        assertThat(panel.item().speakerIds()).containsExactly(social.seats().get(2).person().id(),
                social.seats().get(3).person().id(), social.seats().get(4).person().id());
        assertThat(social.agenda().get(social.agenda().size() - 1).end()).isEqualTo(social.event().endInZone());
    }

    @Test
    void theDirectoryListsTheSamplePeopleWithTheirOrganisations() {
        book.samples().load();

        List<DirectoryService.PersonLine> people = book.directory().people();

        assertThat(people).extracting(l -> l.person().fullName()).containsExactlyInAnyOrder("Laurence Hart",
                "Jiri Svarc", "Liam Patuzzi", "Roberta Lo Bianco", "David Lubell", "Maria Amelie");
        assertThat(people).filteredOn(l -> l.person().lastName().equals("Hart")).singleElement()
                .satisfies(l -> {
                    assertThat(l.person().position()).startsWith("Director of the Coordination Office");
                    assertThat(l.organisation()).map(Organisation::shortName).contains("IOM CO Mediterranean");
                });
        assertThat(book.directory().organisations()).extracting(Organisation::name)
                .contains("Migration Policy Institute Europe", "Municipality of Thessaloniki", "City of Gdańsk",
                        "Municipality of Milan");
    }

    @Test
    void loadingTwiceAddsNothingTheSecondTimeEvenAfterReopening() {
        book.samples().load();
        Map<String, Long> before = counts();
        reopen();

        SampleDataService.Result second = book.samples().load();

        assertThat(second).isEqualTo(new SampleDataService.Result(0, 2));
        assertThat(counts()).isEqualTo(before);
        assertThat(before).containsEntry("event", 2L).containsEntry("person", 6L).containsEntry("panel_seat", 6L)
                .containsEntry("agenda_item", 8L).containsEntry("organisation", 11L).containsEntry("series", 1L);
    }

    @Test
    void theSamplesComeWithAFictionalAudienceWithAttendanceConsentAndTwoSuppressedAddresses() {
        book.samples().load();

        for (EventSummary summary : book.events().list()) {
            Event e = summary.event();
            List<org.podium.domain.RegistrationLine> lines = book.registrations().lines(e.id());
            assertThat(lines).hasSizeBetween(240, 340);
            assertThat(lines).allSatisfy(l -> {
                assertThat(l.email()).matches("[a-z.]+[0-9]*@example\\.(org|net|com)");
                assertThat(l.registeredAt()).isBefore(e.startInstant());
                assertThat(l.status()).isIn(RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW);
            });
            List<org.podium.domain.RegistrationLine> attended = lines.stream()
                    .filter(l -> l.status() == RegistrationStatus.ATTENDED).toList();
            assertThat(attended.size()).as("about three in five attended").isBetween(lines.size() / 2,
                    lines.size() * 3 / 4);
            assertThat(attended).allSatisfy(l -> assertThat(l.minutesAttended()).isBetween(1, e.minutes()));
            assertThat(lines.stream().filter(org.podium.domain.RegistrationLine::consent).count())
                    .as("most gave consent").isGreaterThan(lines.size() * 7L / 10);
            assertThat(book.registrations().charts(e.id()).topCountries()).hasSizeGreaterThanOrEqualTo(4);
        }
        assertThat(book.suppressions().list()).hasSize(2)
                .allSatisfy(s -> assertThat(s.email()).matches(".*@example\\.(org|net|com)"))
                .allSatisfy(s -> assertThat(s.reason()).as("English, as the command line's").isEqualTo(
                        "Sample: unsubscribed"));
    }

    @Test
    void theSampleAudienceIsTheSameOnEveryLoad() {
        assertThat(SampleRegistrants.pool(1, 50)).isEqualTo(SampleRegistrants.pool(1, 50));
        assertThat(SampleRegistrants.registrantFile(SampleRegistrants.pool(1, 50),
                LocalDateTime.of(2020, 5, 28, 10, 0), 3)).isEqualTo(SampleRegistrants.registrantFile(
                SampleRegistrants.pool(1, 50), LocalDateTime.of(2020, 5, 28, 10, 0), 3));
    }

    @Test
    void loadingKeepsPeopleTheBookAlreadyHas() {
        book.samples().load();
        long patuzzi = book.directory().people().stream().map(DirectoryService.PersonLine::person)
                .filter(p -> p.lastName().equals("Patuzzi")).findFirst().orElseThrow().id();

        book.samples().load();

        assertThat(book.directory().people()).extracting(l -> l.person().id()).contains(patuzzi);
        assertThat(details(SOCIAL).seats().get(1).person().id()).isEqualTo(patuzzi);
    }

    @Test
    void theSampleIsOfferedOnlyToAnEmptyBookThatWasNotAskedBefore() {
        assertThat(book.samples().bookIsEmpty()).isTrue();
        assertThat(book.samples().shouldOffer()).isTrue();

        book.samples().markOffered();
        assertThat(book.samples().shouldOffer()).isFalse();
        reopen();
        assertThat(book.samples().shouldOffer()).as("remembered in the book").isFalse();
    }

    @Test
    void theSampleIsNotOfferedOnceItIsLoaded() {
        book.samples().load();

        assertThat(book.samples().bookIsEmpty()).isFalse();
        assertThat(book.samples().shouldOffer()).isFalse();
    }

    @Test
    void theSampleIsNotOfferedToABookThatAlreadyHasPeople() {
        new org.podium.store.PersonStore(book.database()).insert(Person.named("Ana", "Rossi"));

        assertThat(book.samples().shouldOffer()).isFalse();
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("series", "organisation", "person", "event", "event_organiser", "event_sdg",
                "panel_seat", "agenda_item", "agenda_speaker", "registration", "suppression")) {
            counts.put(table, book.database().read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    return rs.getLong(1);
                }
            }));
        }
        return counts;
    }
}
