package org.podium.service;

import org.podium.service.book.BackupService;
import org.podium.service.book.BookChanges;
import org.podium.service.book.EventFileService;
import org.podium.service.book.SampleDataService;
import org.podium.service.book.TeamBookAddress;
import org.podium.service.directory.DirectoryService;
import org.podium.service.documents.CalendarService;
import org.podium.service.documents.CueSheetService;
import org.podium.service.events.EventService;
import org.podium.service.events.PanelService;
import org.podium.service.events.TrashService;
import org.podium.service.export.ExportService;
import org.podium.service.importing.AttendanceService;
import org.podium.service.importing.RegistrationImportService;
import org.podium.service.privacy.PrivacyService;
import org.podium.service.privacy.RetentionService;
import org.podium.service.privacy.SuppressionService;
import org.podium.service.registrants.RegistrantListService;
import org.podium.service.registrants.RegistrationService;

import java.nio.file.Path;
import org.podium.service.documents.AnnouncementService;
import org.podium.service.documents.BriefingService;
import java.util.Optional;
import org.podium.store.BookDatabase;
import org.podium.store.PostgresBook;

/**
 * An open book with the services over it: what the window and the command line are given by
 * the composition root. Closing it closes the database.
 */
public record Book(BookDatabase database, EventService events, DirectoryService directory,
                   SampleDataService samples, CalendarService calendar,
                   PanelService panel, CueSheetService cueSheets,
                   ExportService export, SuppressionService suppressions,
                   RegistrationService registrations,
                   BackupService backups, EventFileService eventFiles, PrivacyService privacy,
                   RetentionService retention, TrashService trash,
                   RegistrationImportService imports, AttendanceService attendance,
                   RegistrantListService registrants, AnnouncementService announcements,
                   BriefingService briefings, BookChanges changes) implements AutoCloseable {

    /** Where the book is, as messages name it: its file's path, or a team book's address. */
    public String name() {
        return database.name();
    }

    /** The book's file; a team book has none, it lives on its server. */
    public Optional<Path> file() {
        return database.file();
    }

    /** Whether this is a team book, on a PostgreSQL server. */
    public boolean onServer() {
        return database.file().isEmpty();
    }

    /** A team book's address; a laptop book has none. */
    public Optional<TeamBookAddress> team() {
        return database instanceof PostgresBook server ? Optional.of(new TeamBookAddress(server.address()))
                : Optional.empty();
    }

    /** A team book's PostgreSQL version, as the server gave it when the book was opened. */
    public Optional<String> serverVersion() {
        return database instanceof PostgresBook server ? Optional.of(server.serverVersion()) : Optional.empty();
    }

    /** Whether the book was opened read-only (another window holds it, or the role may only read): every write is refused. */
    public boolean readOnly() {
        return database.readOnly();
    }

    @Override
    public void close() {
        changes.close();
        database.close();
    }
}
