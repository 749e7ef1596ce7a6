package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import org.podium.service.AttendanceService;
import org.podium.service.Book;
import org.podium.service.CalendarService;
import org.podium.service.DirectoryService;
import org.podium.service.EventService;
import org.podium.service.RegistrantListService;
import org.podium.service.RegistrationImportService;
import org.podium.service.SampleDataService;
import org.podium.store.AgendaStore;
import org.podium.store.BookSettingStore;
import org.podium.store.Database;
import org.podium.store.EventStore;
import org.podium.store.OrganisationStore;
import org.podium.store.PanelStore;
import org.podium.store.PersonStore;
import org.podium.store.RegistrationBulkStore;
import org.podium.store.SeriesStore;

/** The composition root: the one place that builds stores and services and wires them. */
public final class Composition {
    private Composition() {
    }

    /** Opens the book at {@code path} (creating it if missing) with every service over it. */
    public static Book openBook(Path path, Clock clock) {
        Database db = Database.open(path);
        try {
            SeriesStore series = new SeriesStore(db);
            OrganisationStore organisations = new OrganisationStore(db);
            PersonStore people = new PersonStore(db);
            EventStore events = new EventStore(db);
            PanelStore panel = new PanelStore(db);
            AgendaStore agenda = new AgendaStore(db);
            EventService eventService = new EventService(events, series, organisations, people, panel, agenda, clock);
            DirectoryService directory = new DirectoryService(people, organisations);
            RegistrationBulkStore bulk = new RegistrationBulkStore(db);
            return new Book(db, eventService, directory,
                    new SampleDataService(db, series, organisations, people, events, panel, agenda,
                            new BookSettingStore(db)),
                    new CalendarService(eventService, directory, clock),
                    new RegistrationImportService(events, bulk, clock),
                    new AttendanceService(events, bulk, clock),
                    new RegistrantListService(events, bulk));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
