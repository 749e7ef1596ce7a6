package org.podium.store;

import java.time.Clock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.podium.domain.Event;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;

/**
 * A real book file in a test's temporary folder, with every store over it; {@link #reopen()}
 * closes and opens the file again so a test proves what was written reached the disk.
 */
final class BookFixture implements AutoCloseable {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private final Path file;
    Database db;
    SeriesStore series;
    OrganisationStore organisations;
    PersonStore people;
    EventStore events;
    PanelStore panel;
    AgendaStore agenda;
    RegistrationStore registrations;
    SuppressionStore suppressions;
    BookSettingStore settings;

    BookFixture(Path folder) {
        this.file = folder.resolve("book.db");
        open();
    }

    private void open() {
        db = Database.open(file, Clock.systemDefaultZone());
        series = new SeriesStore(db);
        organisations = new OrganisationStore(db);
        people = new PersonStore(db);
        events = new EventStore(db);
        panel = new PanelStore(db);
        agenda = new AgendaStore(db);
        registrations = new RegistrationStore(db);
        suppressions = new SuppressionStore(db);
        settings = new BookSettingStore(db);
    }

    void reopen() {
        db.close();
        open();
    }

    /** A plain scheduled webinar in Rome, an hour long. */
    static Event.Builder webinar(String title, LocalDateTime start) {
        return Event.builder(title, start, ROME, 60);
    }

    Event storedWebinar(String title) {
        return events.insert(webinar(title, LocalDateTime.of(2026, 12, 1, 10, 0)).build());
    }

    Person storedPerson(String first, String last) {
        return people.insert(Person.named(first, last));
    }

    Registration storedRegistration(long eventId, String email, RegistrationStatus status) {
        return registrations.insert(new Registration(0, eventId, email, "", "", "", "", "", "", "",
                NOW, null, status, 0, false, null, "", null, ""));
    }

    /** Counts rows with plain SQL, to see what a store's own reads might hide. */
    long count(String sql, Object... params) {
        return db.read(c -> Sql.count(c, sql, params));
    }

    @Override
    public void close() {
        db.close();
    }
}
