package org.podium.service.book;

import org.podium.service.Book;
import org.podium.service.common.FileRefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.exchange.json.EventFile;
import org.podium.store.PersonStore;
import org.podium.store.RegistrationStore;

/** One event carried from one book to another and back, field by field, and files refused whole. */
class EventFileServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    Book laptop;
    Book other;
    long eventId;

    @BeforeEach
    void open() {
        laptop = Composition.openBook(dir.resolve("laptop.db"), CLOCK);
        other = Composition.openBook(dir.resolve("other.db"), CLOCK);
        laptop.samples().loadWithoutRegistrants();
        eventId = laptop.events().list().stream().filter(s -> s.event().title().equals("European Cities on the Front Line"))
                .findFirst().orElseThrow().event().id();
        PersonStore people = new PersonStore(laptop.database());
        Person hart = people.findByName("Laurence", "Hart").orElseThrow();
        people.update(new Person(hart.id(), "Mr", hart.firstName(), hart.lastName(), "l.hart@iom.example",
                "+39 06 000", hart.position(), hart.organisationId(), "Rome", "IT", "A long career.", "Prefers mornings"));
        RegistrationStore registrations = new RegistrationStore(laptop.database());
        registrations.insert(new Registration(0, eventId, "Ana.Silva@City.example", "Ana", "Silva", "City of Porto",
                "Officer", "Porto", "PT", "pt", Instant.parse("2020-05-20T08:00:00Z"), RegistrationSource.ZOOM,
                RegistrationStatus.ATTENDED, 55, true, Instant.parse("2020-05-20T08:00:00Z"), "form",
                Map.of("Question", "How do cities fund this?"), "asked a question"));
        registrations.insert(Registration.of(eventId, "ben@example.org", "Ben", "", Instant.parse("2020-05-21T09:00:00Z")));
    }

    @AfterEach
    void close() {
        laptop.close();
        other.close();
    }

    @Test
    void anEventCarriedToAnotherBookArrivesWholeFieldByField() throws Exception {
        Path file = dir.resolve("cities.podium-event.json");
        EventFileService.Saved saved = laptop.eventFiles().export(eventId, true, file);
        assertThat(saved.registrants()).contains(2);

        EventFileService.Imported imported = other.eventFiles().importFile(file);

        assertThat(imported.eventAdded()).isTrue();
        assertThat(imported.organisations().added()).isEqualTo(7);
        assertThat(imported.people().added()).isEqualTo(saved.people());
        assertThat(imported.registrants()).contains(new EventFileService.Counts(2, 0, 0, 0));
        EventFile sent = laptop.eventFiles().fileOf(eventId, true);
        EventFile arrived = other.eventFiles().fileOf(imported.eventId(), true);
        // Records carry every field; with ids left out, equal files mean equal events.
        assertThat(arrived.event()).isEqualTo(sent.event());
        assertThat(arrived.series()).isEqualTo(sent.series());
        assertThat(arrived.organisers()).isEqualTo(sent.organisers());
        assertThat(arrived.organisations()).isEqualTo(sent.organisations());
        assertThat(arrived.people()).isEqualTo(sent.people());
        assertThat(arrived.seats()).isEqualTo(sent.seats());
        assertThat(arrived.agenda()).isEqualTo(sent.agenda());
        assertThat(arrived.registrants()).isEqualTo(sent.registrants());
        assertThat(arrived).isEqualTo(sent);
        Event event = other.events().get(imported.eventId());
        assertThat(event.uid()).isEqualTo("admin4all-2020-05-28-cities-front-line@sample.podium");
        assertThat(event.organisers()).hasSize(7);
        Registration ana = new RegistrationStore(other.database()).find(imported.eventId(), "ana.silva@city.example")
                .orElseThrow();
        assertThat(ana.customAnswers()).containsEntry("Question", "How do cities fund this?");
        assertThat(ana.consentAt()).isEqualTo(Instant.parse("2020-05-20T08:00:00Z"));
    }

    @Test
    void openingTheSameFileAgainChangesNothingAndSaysSo() {
        Path file = dir.resolve("cities.json");
        laptop.eventFiles().export(eventId, true, file);
        other.eventFiles().importFile(file);

        EventFileService.Imported again = other.eventFiles().importFile(file);

        assertThat(again.eventAdded()).isFalse();
        assertThat(again.eventUpdated()).isFalse();
        assertThat(again.organisations()).isEqualTo(new EventFileService.Counts(0, 0, 7, 0));
        assertThat(again.people().added() + again.people().updated()).isZero();
        assertThat(again.seats().unchanged()).isEqualTo(1);
        assertThat(again.agenda().unchanged()).isEqualTo(4);
        assertThat(again.registrants()).contains(new EventFileService.Counts(0, 0, 2, 0));
        assertThat(other.events().list()).hasSize(1);
    }

    @Test
    void peopleAndOrganisationsAreMatchedAndTheEventUpdatedByItsUid() {
        Path file = dir.resolve("cities.json");
        laptop.eventFiles().export(eventId, false, file);
        // The other book already knows Hart by email under an older position, and MPIE in other case.
        PersonStore people = new PersonStore(other.database());
        people.insert(new Person(0, "", "Laurence", "Hart", "L.Hart@IOM.example", "", "Chief of Mission", null, "", "",
                "", "local note"));
        other.directory().addOrganisation(new org.podium.domain.Organisation(0, "migration policy institute europe",
                "", null, "", ""));
        other.eventFiles().importFile(file);
        laptop.events().update(laptop.events().get(eventId).toBuilder().title("European Cities on the Front Line (2)")
                .minutes(75).build());
        laptop.eventFiles().export(eventId, false, file);

        EventFileService.Imported second = other.eventFiles().importFile(file);

        assertThat(second.eventAdded()).isFalse();
        assertThat(second.eventUpdated()).isTrue();
        Event updated = other.events().get(second.eventId());
        assertThat(updated.title()).isEqualTo("European Cities on the Front Line (2)");
        assertThat(updated.icsSequence()).as("a changed time tells calendars").isEqualTo(1);
        assertThat(other.directory().people()).hasSize(1);
        Person hart = people.findByEmail("l.hart@iom.example").orElseThrow();
        assertThat(hart.position()).startsWith("Director of the Coordination Office");
        assertThat(hart.notes()).as("the file's value wins where it has one").isEqualTo("Prefers mornings");
        assertThat(other.directory().organisations()).filteredOn(o -> o.name().equalsIgnoreCase("Migration Policy Institute Europe"))
                .hasSize(1);
    }

    @Test
    void aFileFromANewerPodiumIsRefusedClearly() throws Exception {
        Path file = write("{\"format\":\"podium-event\",\"version\":2,\"event\":{}}");
        assertThatThrownBy(() -> other.eventFiles().importFile(file)).isInstanceOf(FileRefusedException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("version: the file was saved by a newer Podium (event file version 2;"
                        + " this Podium reads up to version 1)");
    }

    @Test
    void missingFieldsAndWrongTypesNameTheirPathAndNothingIsImported() throws Exception {
        Path good = dir.resolve("good.json");
        laptop.eventFiles().export(eventId, true, good);
        String json = Files.readString(good, StandardCharsets.UTF_8);

        assertRefused(json.replace("\"start\" : \"2020-05-28T10:00\"", "\"start\" : 42"),
                "event.start: expected a date-time like 2026-05-28T10:00, found 42");
        assertRefused(json.replace("\"minutes\" : 60,", ""), "event.minutes: missing");
        assertRefused(json.replace("\"email\" : \"ben@example.org\"", "\"email\" : true"),
                "registrants[1].email: expected text, found true");
        assertRefused(json.replace("\"role\" : \"OPENING_REMARKS\"", "\"role\" : \"HOST\""),
                "seats[0].role: expected one of OPENING_REMARKS, KEYNOTE");
        assertRefused(json.replace("\"person\" : \"p1\"", "\"person\" : \"p9\""),
                "seats[0].person: no person with ref 'p9' in people");
        assertRefused(json.replace("\"subtitle\" :", "\"subtitel\" :"), "event.subtitel: unknown field");
        assertRefused(json.replace("\"zone\" : \"Europe/Rome\"", "\"zone\" : \"Mars/Olympus\""),
                "event.zone: expected a time zone like Europe/Rome, found 'Mars/Olympus'");
        assertRefused(json.replace("\"format\" : \"podium-event\"", "\"format\" : \"calendar\""),
                "format: expected 'podium-event'");
        assertRefused(json.substring(0, json.length() / 2), "not valid JSON");

        assertThat(other.events().list()).isEmpty();
        assertThat(other.directory().people()).isEmpty();
        assertThat(other.directory().organisations()).isEmpty();
    }

    private void assertRefused(String json, String message) throws Exception {
        Path file = write(json);
        assertThatThrownBy(() -> other.eventFiles().importFile(file)).isInstanceOf(FileRefusedException.class)
                .hasMessageContaining(message);
    }

    private Path write(String json) throws Exception {
        return Files.writeString(Files.createTempFile(dir, "event", ".json"), json, StandardCharsets.UTF_8);
    }

    @Test
    void addressesErasedOnRequestAreNotBroughtBackByAFile() {
        Path file = dir.resolve("cities.json");
        laptop.eventFiles().export(eventId, true, file);
        other.privacy().erase("ana.silva@city.example");
        other.privacy().erase("l.hart@iom.example");

        EventFileService.Imported imported = other.eventFiles().importFile(file);

        assertThat(imported.skippedAsErased()).isEqualTo(2);
        assertThat(new RegistrationStore(other.database()).forEvent(imported.eventId()))
                .extracting(Registration::email).containsExactly("ben@example.org");
        assertThat(other.directory().people()).isEmpty();
        assertThat(imported.seats().added()).isZero();
        assertThat(List.of(other.eventFiles().fileOf(imported.eventId(), false).agenda().get(0).speakers())).containsExactly(List.of());
    }
}
