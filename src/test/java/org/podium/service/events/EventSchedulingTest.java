package org.podium.service.events;

import org.podium.service.Book;
import org.podium.service.common.NotFoundException;
import org.podium.service.directory.DirectoryService;

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
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.AgendaItem;
import org.podium.domain.Event;
import org.podium.domain.EventKind;
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
import org.podium.store.PanelStore;
import org.podium.store.PersonStore;
import org.podium.store.RegistrationStore;
import org.podium.store.StoreException;

/** Scheduling an event over time: editing it, repeating it, trashing it and spotting clashes. */
class EventSchedulingTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

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

    private PanelSeat seat(Event event, Person person, SeatState state) {
        return panel.insert(new PanelSeat(0, event.id(), person.id(), SeatRole.PANELLIST, state, 0, true, true));
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

    // --- update -------------------------------------------------------------------------------

    @Test
    void updateKeepsTheUidAndRaisesTheSequenceOnlyWhenTheTimeChanges() {
        Event stored = add("Cities and climate", LocalDateTime.of(2026, 12, 3, 10, 0), 60);

        Event retitled = events.update(stored.toBuilder().uid("").title("Cities, climate and migration").build());
        assertThat(retitled.uid()).isEqualTo(stored.uid());
        assertThat(retitled.icsSequence()).as("a new title is not a new time").isZero();

        Event moved = events.update(retitled.toBuilder().uid("someone-else@elsewhere")
                .start(LocalDateTime.of(2026, 12, 3, 11, 0)).build());
        assertThat(moved.uid()).as("the uid never changes").isEqualTo(stored.uid());
        assertThat(moved.icsSequence()).isEqualTo(1);

        assertThat(events.update(moved.toBuilder().zone(LONDON).build()).icsSequence()).isEqualTo(2);
        assertThat(events.update(events.get(stored.id()).toBuilder().minutes(90).build()).icsSequence()).isEqualTo(3);
        Event described = events.update(events.get(stored.id()).toBuilder().description("Now with a keynote")
                .icsSequence(0).status(EventStatus.DRAFT).build());
        assertThat(described.icsSequence()).as("a caller's stale sequence is ignored").isEqualTo(3);
        assertThat(described).isEqualTo(events.get(stored.id()));
        assertThat(described.title()).isEqualTo("Cities, climate and migration");
        assertThat(described.zone()).isEqualTo(LONDON);
        assertThat(described.status()).isEqualTo(EventStatus.DRAFT);
    }

    @Test
    void updateOfAMissingOrTrashedEventIsNotFound() {
        Event stored = add("Soon gone", LocalDateTime.of(2026, 12, 3, 10, 0), 60);
        events.moveToTrash(stored.id());

        assertThatThrownBy(() -> events.update(stored.toBuilder().title("Edited").build()))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no event " + stored.id() + ".");
        assertThatThrownBy(() -> events.update(stored.toBuilder().id(999).build()))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no event 999.");
        events.restore(stored.id());
        assertThat(events.get(stored.id()).title()).isEqualTo("Soon gone");
    }

    @Test
    void updateRefusesAStartTheClocksSkipAndChangesNothing() {
        Event stored = add("Spring", LocalDateTime.of(2026, 3, 20, 10, 0), 60);

        assertThatThrownBy(() -> events.update(stored.toBuilder().title("Moved into the gap")
                .start(LocalDateTime.of(2026, 3, 29, 2, 30)).build()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("start"));
        assertThat(events.get(stored.id())).isEqualTo(stored);
    }

    @Test
    void updateAcceptsAnAmbiguousStartAsTheEarlierOfTheTwo() {
        Event stored = add("Autumn", LocalDateTime.of(2026, 10, 20, 10, 0), 60);

        Event moved = events.update(stored.toBuilder().start(LocalDateTime.of(2026, 10, 25, 2, 30)).build());

        assertThat(moved.startInZone().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(moved.startInstant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void addAndUpdateRefuseALinkThatIsNotAWebAddress() {
        Event stored = add("Links", LocalDateTime.of(2026, 12, 3, 10, 0), 60);

        assertThatThrownBy(() -> events.update(stored.toBuilder().registrationUrl("javascript:alert(1)").build()))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("registrationUrl"));
        assertThatThrownBy(() -> events.add(Event.builder("New", LocalDateTime.of(2026, 12, 4, 10, 0), ROME, 60)
                .reportUrl("ftp://example.org/report.pdf").build()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("reportUrl"));
        assertThat(events.list()).hasSize(1);
        assertThat(events.update(stored.toBuilder().accessUrl("https://example.webex.com/j/1").build()).accessUrl())
                .isEqualTo("https://example.webex.com/j/1");
    }

    // --- duplicate ----------------------------------------------------------------------------

    @Test
    void duplicateSchedulesTheNextOneLikeThis() {
        Series series = events.seriesNamed("ADMin4ALL");
        Organisation iom = book.directory().addOrganisation(new Organisation(0, "IOM Regional Office", "IOM",
                OrganisationKind.ORGANISER, "Brussels", "BE"));
        Person hart = people.insert(Person.named("Laurence", "Hart"));
        Person patuzzi = people.insert(Person.named("Liam", "Patuzzi"));
        Person absent = people.insert(Person.named("Not", "Coming"));
        Event source = events.add(Event.builder("European Cities on the Front Line", LocalDateTime.of(2026, 5, 28, 10, 0),
                        ROME, 75)
                .subtitle("New challenges").secondTitle("Città europee in prima linea").kind(EventKind.PANEL)
                .seriesId(series.id()).status(EventStatus.CONCLUDED).platform("WebEx")
                .registrationUrl("https://example.org/register").accessUrl("https://example.webex.com/j/1")
                .recordingUrl("https://example.org/watch").reportUrl("https://example.org/report.pdf")
                .capacity(250).isPublic(false).recorded(true).description("The first of the series.")
                .organisers(List.of(new Organiser(iom.id(), OrganiserRole.ORGANISER))).sdgs(Set.of(10, 11))
                .build());
        source = events.update(source.toBuilder().minutes(90).build());
        assertThat(source.icsSequence()).isEqualTo(1);
        panel.insert(new PanelSeat(0, source.id(), hart.id(), SeatRole.OPENING_REMARKS, SeatState.CONFIRMED, 0, true, true));
        panel.insert(new PanelSeat(0, source.id(), patuzzi.id(), SeatRole.PRESENTER, SeatState.CONFIRMED, 1, true, false));
        panel.insert(new PanelSeat(0, source.id(), absent.id(), SeatRole.DISCUSSANT, SeatState.DECLINED, 2, false, false));
        agenda.insert(new AgendaItem(0, source.id(), 0, "Opening", 10, List.of(hart.id()), "Welcome both languages"));
        agenda.insert(new AgendaItem(0, source.id(), 1, "The study", 20, List.of(patuzzi.id(), hart.id()), ""));
        register(source, "ana@example.org");

        Event copy = events.duplicate(source.id(), LocalDateTime.of(2026, 12, 10, 10, 0));

        assertThat(copy.id()).isNotZero().isNotEqualTo(source.id());
        assertThat(copy.uid()).isNotBlank().isNotEqualTo(source.uid());
        assertThat(copy.icsSequence()).isZero();
        assertThat(copy.status()).isEqualTo(EventStatus.SCHEDULED);
        assertThat(copy.start()).isEqualTo(LocalDateTime.of(2026, 12, 10, 10, 0));
        assertThat(copy.registrationUrl() + copy.accessUrl() + copy.recordingUrl() + copy.reportUrl()).isEmpty();
        Event expected = source.toBuilder().id(copy.id()).uid(copy.uid()).icsSequence(0)
                .status(EventStatus.SCHEDULED).start(copy.start()).registrationUrl("").accessUrl("")
                .recordingUrl("").reportUrl("").build();
        assertThat(events.get(copy.id())).isEqualTo(copy).isEqualTo(expected);

        assertThat(panel.forEvent(copy.id()))
                .extracting(PanelSeat::personId, PanelSeat::role, PanelSeat::state, PanelSeat::order,
                        PanelSeat::techCheckDone, PanelSeat::consentToRecording)
                .containsExactly(
                        tuple(hart.id(), SeatRole.OPENING_REMARKS, SeatState.INVITED, 0, false, false),
                        tuple(patuzzi.id(), SeatRole.PRESENTER, SeatState.INVITED, 1, false, false),
                        tuple(absent.id(), SeatRole.DISCUSSANT, SeatState.INVITED, 2, false, false));
        assertThat(agenda.forEvent(copy.id()))
                .extracting(AgendaItem::position, AgendaItem::title, AgendaItem::minutes, AgendaItem::speakerIds,
                        AgendaItem::notes)
                .containsExactly(
                        tuple(0, "Opening", 10, List.of(hart.id()), "Welcome both languages"),
                        tuple(1, "The study", 20, List.of(patuzzi.id(), hart.id()), ""));
        assertThat(events.details(copy.id()).orElseThrow().registrants()).as("registrants stay with their session")
                .isZero();

        assertThat(events.get(source.id())).as("the source is untouched").isEqualTo(source);
        assertThat(panel.forEvent(source.id())).extracting(PanelSeat::state)
                .containsExactly(SeatState.CONFIRMED, SeatState.CONFIRMED, SeatState.DECLINED);
    }

    @Test
    void duplicateWritesAllOrNothing() throws Exception {
        Person hart = people.insert(Person.named("Laurence", "Hart"));
        Event source = add("Source", LocalDateTime.of(2026, 12, 3, 10, 0), 60);
        seat(source, hart, SeatState.CONFIRMED);
        agenda.insert(new AgendaItem(0, source.id(), 0, "Opening", 10, List.of(hart.id()), ""));
        // The agenda is copied last; failing there proves the event and panel copies roll back.
        book.database().write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TRIGGER refuse_copies BEFORE INSERT ON agenda_item WHEN NEW.event_id <> "
                        + source.id() + " BEGIN SELECT RAISE(ABORT, 'disk full, say'); END");
            }
            return null;
        });

        assertThatThrownBy(() -> events.duplicate(source.id(), LocalDateTime.of(2026, 12, 10, 10, 0)))
                .isInstanceOf(StoreException.class).hasMessageContaining("disk full");

        assertThat(count("event")).isEqualTo(1);
        assertThat(count("panel_seat")).isEqualTo(1);
        assertThat(count("agenda_item")).isEqualTo(1);
        assertThat(events.list()).extracting(s -> s.event().title()).containsExactly("Source");
    }

    @Test
    void duplicateRefusesAStartTheClocksSkipAndWritesNothing() {
        Event source = add("Source", LocalDateTime.of(2026, 3, 20, 10, 0), 60);
        seat(source, people.insert(Person.named("Ana", "Rossi")), SeatState.CONFIRMED);

        assertThatThrownBy(() -> events.duplicate(source.id(), LocalDateTime.of(2026, 3, 29, 2, 0)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("start"));
        assertThat(count("event")).isEqualTo(1);
        assertThat(count("panel_seat")).isEqualTo(1);
    }

    @Test
    void duplicateAcceptsAnAmbiguousStartAsTheEarlierOfTheTwo() {
        Event source = add("Source", LocalDateTime.of(2026, 10, 18, 2, 30), 60);

        Event copy = events.duplicate(source.id(), LocalDateTime.of(2026, 10, 25, 2, 30));

        assertThat(copy.startInstant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void duplicateOfAMissingOrTrashedEventIsNotFound() {
        Event source = add("Gone", LocalDateTime.of(2026, 12, 3, 10, 0), 60);
        events.moveToTrash(source.id());

        assertThatThrownBy(() -> events.duplicate(source.id(), LocalDateTime.of(2026, 12, 10, 10, 0)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> events.duplicate(404, LocalDateTime.of(2026, 12, 10, 10, 0)))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no event 404.");
        assertThat(count("event")).isEqualTo(1);
    }

    // --- clashes ------------------------------------------------------------------------------

    @Test
    void clashesListEventsAtTheSameTimeButNotCancelledOrBackToBackOnes() {
        Event overlapping = add("Overlapping", LocalDateTime.of(2026, 12, 3, 10, 30), 60);
        add("Back to back", LocalDateTime.of(2026, 12, 3, 11, 0), 60);
        Event cancelled = add("Cancelled", LocalDateTime.of(2026, 12, 3, 10, 0), 60);
        events.update(cancelled.toBuilder().status(EventStatus.CANCELLED).build());
        Event trashed = add("Trashed", LocalDateTime.of(2026, 12, 3, 10, 0), 60);
        events.moveToTrash(trashed.id());
        Event draft = Event.builder("New idea", LocalDateTime.of(2026, 12, 3, 10, 0), ROME, 60).build();

        ClashReport report = events.clashes(draft);

        assertThat(report.overlappingEvents()).containsExactly(overlapping);
        assertThat(report.speakerClashes()).isEmpty();
        assertThat(report.isEmpty()).isFalse();
        assertThat(events.clashes(draft.toBuilder().start(LocalDateTime.of(2026, 12, 3, 15, 0)).build()).isEmpty())
                .isTrue();
    }

    @Test
    void clashesNameSpeakersBookedElsewhereAtTheSameTime() {
        Person ana = people.insert(Person.named("Ana", "Rossi"));
        Person bob = people.insert(Person.named("Bob", "Berg"));
        Person cy = people.insert(Person.named("Cy", "Declined"));
        Event stored = add("Ours", LocalDateTime.of(2026, 12, 3, 15, 0), 60);
        Event other = add("Theirs", LocalDateTime.of(2026, 12, 3, 10, 30), 60);
        Event later = add("Later", LocalDateTime.of(2026, 12, 3, 18, 0), 60);
        seat(stored, ana, SeatState.CONFIRMED);
        seat(stored, bob, SeatState.INVITED);
        seat(stored, cy, SeatState.DECLINED);
        seat(other, ana, SeatState.INVITED);
        seat(other, bob, SeatState.DECLINED);
        seat(other, cy, SeatState.CONFIRMED);
        seat(later, ana, SeatState.CONFIRMED);
        // The form moved the draft to 10:00, on top of "Theirs", before saving.
        Event draft = stored.toBuilder().start(LocalDateTime.of(2026, 12, 3, 10, 0)).build();

        ClashReport report = events.clashes(draft);

        assertThat(report.overlappingEvents()).containsExactly(other);
        assertThat(report.speakerClashes()).extracting(l -> l.person().fullName(), l -> l.other().title())
                .as("Bob declined theirs and Cy declined ours").containsExactly(tuple("Ana Rossi", "Theirs"));
        assertThat(events.clashes(stored).isEmpty()).as("as stored, at 15:00, nothing clashes").isTrue();
    }

    @Test
    void aSpeakerOnATrashedEventDoesNotClash() {
        Person ana = people.insert(Person.named("Ana", "Rossi"));
        Event ours = add("Ours", LocalDateTime.of(2026, 12, 3, 10, 0), 60);
        Event theirs = add("Theirs", LocalDateTime.of(2026, 12, 3, 10, 0), 60);
        seat(ours, ana, SeatState.CONFIRMED);
        seat(theirs, ana, SeatState.CONFIRMED);
        assertThat(events.clashes(ours).speakerClashes()).hasSize(1);

        events.moveToTrash(theirs.id());

        assertThat(events.clashes(ours).isEmpty()).isTrue();
    }

    // --- series and organisations -------------------------------------------------------------

    @Test
    void seriesNamedFindsIgnoringCaseOrCreates() {
        Series created = events.seriesNamed("  ADMin4ALL ");
        Series found = events.seriesNamed("admin4all");
        events.seriesNamed("Another series");

        assertThat(found).isEqualTo(created);
        assertThat(created.name()).isEqualTo("ADMin4ALL");
        assertThat(events.series()).extracting(Series::name).containsExactly("ADMin4ALL", "Another series");
        assertThatThrownBy(() -> events.seriesNamed(" ")).isInstanceOf(InvalidFieldException.class);
    }

    @Test
    void addOrganisationRefusesANameAlreadyThereInAnyCase() {
        DirectoryService directory = book.directory();
        Organisation mpie = directory.addOrganisation(new Organisation(0, "Migration Policy Institute Europe", "MPIE",
                OrganisationKind.PARTNER, "Brussels", "BE"));
        Organisation milan = directory.addOrganisation(new Organisation(0, "Università di Milano", "", null, "", ""));

        assertThat(mpie.id()).isPositive();
        assertThat(directory.organisation(mpie.id())).contains(mpie);
        assertThat(directory.organisation(404)).isEmpty();
        assertThatThrownBy(() -> directory.addOrganisation(new Organisation(0, "migration policy institute EUROPE",
                "", null, "", "")))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.getMessage()).endsWith("already exists");
                });
        assertThatThrownBy(() -> directory.addOrganisation(new Organisation(0, "UNIVERSITÀ DI MILANO", "", null, "",
                ""))).isInstanceOf(InvalidFieldException.class);
        assertThat(directory.organisations()).containsExactly(mpie, milan);
    }
}
