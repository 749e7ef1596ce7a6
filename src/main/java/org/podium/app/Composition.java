package org.podium.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.podium.service.importing.AttendanceService;
import org.podium.service.book.BackupService;
import org.podium.service.book.BookChanges;
import org.podium.service.Book;
import org.podium.service.documents.CalendarService;
import org.podium.service.documents.CueSheetService;
import org.podium.service.documents.AnnouncementService;
import org.podium.service.documents.BriefingService;
import org.podium.service.documents.DocumentSources;
import org.podium.service.directory.DirectoryService;
import org.podium.service.book.EventFileService;
import org.podium.service.events.EventService;
import org.podium.service.export.ExportService;
import org.podium.service.events.PanelService;
import org.podium.service.privacy.PrivacyService;
import org.podium.service.registrants.RegistrantListService;
import org.podium.service.importing.RegistrationImportService;
import org.podium.service.registrants.RegistrationService;
import org.podium.service.privacy.RetentionService;
import org.podium.service.common.SafeFiles;
import org.podium.service.book.SampleDataService;
import org.podium.service.privacy.SuppressionService;
import org.podium.service.events.TrashService;
import org.podium.store.BookDatabase;
import org.podium.store.Database;
import org.podium.store.ExportSource;
import org.podium.store.PgPass;
import org.podium.store.PostgresBook;
import org.podium.store.PostgresExportSource;
import org.podium.store.TeamAddress;
import org.podium.store.RegistrationExportStore;
import org.podium.store.Stores;

/** The composition root: the one place that builds stores and services and wires them. */
public final class Composition {
    private Composition() {
    }

    /** Opens the book at {@code path} (creating it if missing) with every service over it. */
    public static Book openBook(Path path, Clock clock) {
        return wire(Database.open(path, clock), clock);
    }

    /** Opens an existing book read-only, as a second window on it does. */
    public static Book openBookReadOnly(Path path, Clock clock) {
        return wire(Database.openReadOnly(path), clock);
    }

    /**
     * Opens the team book at {@code address}: an empty database becomes one. The password is
     * the one typed for this session, else {@code PGPASSWORD}, else the one {@code ~/.pgpass}
     * (or {@code PGPASSFILE}) gives for the address, as every PostgreSQL client finds it.
     */
    public static Book openTeamBook(TeamAddress address, Optional<String> typed, Clock clock) {
        return wire(PostgresBook.open(address, password(address, typed)), clock);
    }

    /** The password for {@code address}: the one typed, else {@code PGPASSWORD}, else {@code ~/.pgpass}'s; null if none. */
    static String password(TeamAddress address, Optional<String> typed) {
        Map<String, String> env = System.getenv();
        return typed.or(() -> Optional.ofNullable(env.get("PGPASSWORD")))
                .or(() -> PgPass.password(PgPass.location(env, Path.of(System.getProperty("user.home"))), address))
                .orElse(null);
    }

    /** Opens the book at {@code place} for a command, a file as {@link #openBookForCommand(Path, Clock)} does. */
    public static Book openBookForCommand(BookPlace place, Clock clock) {
        if (place instanceof BookPlace.Team team) {
            return openTeamBook(team.address(), Optional.empty(), clock);
        }
        return openBookForCommand(((BookPlace.File) place).path(), clock);
    }

    /**
     * Opens the book for a command: a book whose file cannot be written is opened read-only,
     * so the commands that only read it work and every write is refused saying why.
     */
    public static Book openBookForCommand(Path path, Clock clock) {
        Path file = path.toAbsolutePath().normalize();
        if (Files.isRegularFile(file) && !Files.isWritable(file)) {
            return wire(Database.openUnwritable(file), clock);
        }
        return openBook(path, clock);
    }

    private static Book wire(BookDatabase db, Clock clock) {
        try {
            // Saves are stamped with the account's name, as the other coordinators know it.
            db.sign(System.getProperty("user.name", ""), clock);
            Stores stores = Stores.over(db, clock);
            SafeFiles files = SafeFiles.forBook(db.file());
            EventService events = new EventService(stores);
            PrivacyService privacy = new PrivacyService(stores);
            DirectoryService directory = new DirectoryService(stores);
            DocumentSources documents = new DocumentSources(events, directory, clock, files);
            CueSheetService cueSheets = new CueSheetService(documents);
            RegistrationImportService imports = new RegistrationImportService(stores);
            AttendanceService attendance = new AttendanceService(stores);
            SuppressionService suppressions = new SuppressionService(stores);
            return new Book(db, events, directory,
                    new SampleDataService(stores, imports, attendance, suppressions),
                    new CalendarService(documents),
                    new PanelService(stores),
                    cueSheets,
                    new ExportService(events, exportSource(db), files),
                    suppressions,
                    new RegistrationService(stores),
                    new BackupService(stores),
                    new EventFileService(documents, stores),
                    privacy,
                    new RetentionService(stores),
                    new TrashService(stores),
                    imports,
                    attendance,
                    new RegistrantListService(stores),
                    new AnnouncementService(documents),
                    new BriefingService(documents, cueSheets),
                    new BookChanges(db));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Where an export reads its rows: a laptop book's file as decision 8 says, a team book's server by COPY. */
    private static ExportSource exportSource(BookDatabase db) {
        if (db instanceof Database laptop) {
            return new RegistrationExportStore(laptop);
        }
        return new PostgresExportSource(db);
    }
}
