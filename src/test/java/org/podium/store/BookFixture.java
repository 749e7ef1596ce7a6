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
 * A real book, with every store over it: a file in a test's temporary folder, or with
 * {@link Engine#POSTGRESQL} a database of its own on the tests' server; {@link #reopen()}
 * closes and opens the book again so a test proves what was written was stored.
 */
final class BookFixture implements AutoCloseable {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    private final Path file;
    private final TeamAddress team;
    /** The book, of either kind. */
    BookDatabase database;
    /** The same book when it is a laptop book, for tests of the SQLite side only; null on a team book. */
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
        this(folder, Engine.SQLITE);
    }

    BookFixture(Path folder, Engine engine) {
        this.file = folder.resolve("book.db");
        this.team = engine == Engine.POSTGRESQL ? TestPostgres.newDatabase() : null;
        open();
    }

    private void open() {
        if (team == null) {
            db = Database.open(file, Clock.systemDefaultZone());
            database = db;
        } else {
            database = PostgresBook.open(team, null);
        }
        series = new SeriesStore(database);
        organisations = new OrganisationStore(database);
        people = new PersonStore(database);
        events = new EventStore(database);
        panel = new PanelStore(database);
        agenda = new AgendaStore(database);
        registrations = new RegistrationStore(database);
        suppressions = new SuppressionStore(database);
        settings = new BookSettingStore(database);
    }

    /** Where a team book is, for a second coordinator to open it; there is none for a laptop book. */
    TeamAddress team() {
        return team;
    }

    void reopen() {
        database.close();
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
        return database.read(c -> Sql.count(c, sql, params));
    }

    @Override
    public void close() {
        database.close();
    }
}
