package org.podium.ui.shell;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.podium.service.Book;
import org.podium.service.common.CancelledException;
import org.podium.service.book.SampleDataService;
import org.podium.ui.backup.RestoreViewModel;
import org.podium.ui.exchange.EventFileViewModel;
import org.podium.ui.privacy.PrivacyViewModel;
import org.podium.ui.privacy.RetentionViewModel;
import org.podium.ui.trash.TrashViewModel;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.forms.EditGuard;
import org.podium.ui.events.EventListViewModel;
import org.podium.ui.export.ExportViewModel;
import org.podium.ui.publish.PublishViewModel;
import org.podium.ui.importing.ImportViewModel;
import org.podium.ui.organisations.OrganisationsViewModel;
import org.podium.ui.panel.PanelAgendaViewModel;
import org.podium.ui.people.PeopleViewModel;
import org.podium.ui.suppression.SuppressionViewModel;

/**
 * The main window's state: which section the sidebar shows, the search text, the status line,
 * and the actions of the menus that concern the whole book.
 */
public final class ShellViewModel implements Notifier {
    private final Book book;
    private final SampleDataService samples;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.EVENTS);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    /** The event the notice was said about, if it was: showing another event withdraws it. */
    private Long noticeEvent;
    private final ReadOnlyStringWrapper connectionLost = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Runnable> undo = new SimpleObjectProperty<>();
    private final Clock clock;
    private final EventListViewModel events;
    private final PeopleViewModel people;
    private final OrganisationsViewModel organisations;
    private final PanelAgendaViewModel panel;
    private final ExportViewModel export;
    private final ImportViewModel importer;
    private final SuppressionViewModel suppression;
    private final PublishViewModel publish;
    private final EditGuard guard;
    /** The trash dialog's state while one was opened, so a reload refreshes it too. */
    private TrashViewModel openTrash;

    public ShellViewModel(Book book, TaskRunner runner, DialogService dialogs, Clock clock,
                          List<ZoneId> audienceZones) {
        this.book = book;
        this.clock = clock;
        this.samples = book.samples();
        this.runner = runner;
        this.dialogs = dialogs;
        this.events = new EventListViewModel(book.events(), book.directory(), book.calendar(), runner, dialogs,
                this, clock, audienceZones, search, book.registrations());
        this.panel = new PanelAgendaViewModel(book.panel(), book.directory(), book.calendar(), book.cueSheets(),
                runner, dialogs, this, events::refresh);
        this.people = new PeopleViewModel(book.directory(), runner, dialogs, this, search, this::peopleChanged);
        this.organisations = new OrganisationsViewModel(book.directory(), runner, dialogs, this, search,
                this::organisationsChanged);
        this.export = new ExportViewModel(book.export(), book.events(), runner, dialogs, this);
        this.importer = new ImportViewModel(book.imports(), book.attendance(), runner, dialogs, this, eventId -> {
            events.registrants().reload(eventId);
            events.refreshFigures();
            export.dataChanged();
        });
        this.publish = new PublishViewModel(book.announcements(), book.briefings(), book.events(), runner, dialogs,
                this, () -> audienceZones);
        this.suppression = new SuppressionViewModel(book.suppressions(), runner, dialogs, this, search);
        this.guard = new EditGuard(dialogs);
        guard.include(events.guard());
        guard.include(people.guard());
        guard.include(organisations.guard());
        // The Export tab's checks follow what they count: the suppression list and the registrants.
        suppression.whenChanged(export::dataChanged);
        events.afterRegistrantsChange(export::dataChanged);
        section.addListener((obs, old, now) -> {
            search.set("");
            withdrawNotice();
        });
        // A result belongs to where it happened: an import's stays with its event, not with the next one shown.
        events.selectedProperty().addListener((obs, old, now) -> {
            if (noticeEvent != null && now != null && now.id() != noticeEvent) {
                withdrawNotice();
            }
        });
        status.set(BookNames.status(book));
        events.readOnlyProperty().set(book.readOnly());
    }

    // After a change in one section, the others that show the same people reload.
    private void peopleChanged() {
        events.refresh();
        panel.reload();
        organisations.refresh();
    }

    private void organisationsChanged() {
        panel.reload();
        people.refresh();
    }

    /**
     * Loads every list; on a new, empty book first offers the sample webinars. Then, in the
     * background, checks the book and takes the day's backup if it is due.
     */
    public void start() {
        boolean loading = false;
        if (!readOnly() && samples.shouldOffer()) {
            samples.markOffered();
            loading = dialogs.confirm(Messages.get("sample.offer.title"), Messages.get("sample.offer.message"),
                    Messages.get("sample.offer.explore"), Messages.get("sample.offer.empty"));
        }
        if (loading) {
            loadSample();
        } else {
            refreshAll();
        }
        checkAndBackUp();
    }

    private void checkAndBackUp() {
        if (readOnly()) {
            return;
        }
        runner.run(Messages.get("backup.checking"), progress -> book.backups().atStart(), report -> {
            if (report.bookIsDamaged()) {
                dialogs.showError(Messages.get("backup.damaged.title"), Messages.get("backup.damaged.message",
                        String.join("\n", report.problems().subList(0, Math.min(5, report.problems().size())))));
            }
        }, failure -> notify(Messages.get("backup.dailyFailed", Messages.reason(failure))));
    }

    /** Whether the book is open read-only because another window holds it. */
    public boolean readOnly() {
        return book.readOnly();
    }

    /** Whether this is a team book, on a PostgreSQL server: its copies and restores are the server's. */
    public boolean onServer() {
        return book.onServer();
    }

    /**
     * File → Back up now…: a checked copy of the book in a file the coordinator picks; on a team
     * book, File → Save a copy for offline work…: a laptop book holding everything it holds.
     */
    public void backUpNow() {
        String stem = book.file().map(f -> f.getFileName().toString().replaceFirst("\\.db$", "")).orElse("team-book");
        String messages = onServer() ? "backup.offline." : "backup.now.";
        dialogs.chooseSaveFile(Messages.get(messages + "title"), stem + "-" + LocalDate.now(clock) + ".db",
                Messages.get("backup.fileKind"), "db").ifPresent(file -> {
                    // Only a team book's copy stops when asked: a laptop book's is SQLite's own, and quick.
                    cancellable.set(onServer());
                    runner.run(Messages.get(messages + "running"), progress -> book.backups().backUpTo(file, progress),
                            copy -> {
                                cancellable.set(false);
                                notify(Messages.get(messages + "done", copy));
                            }, failure -> {
                                cancellable.set(false);
                                if (failure instanceof CancelledException) {
                                    notify(Messages.get("backup.offline.cancelled"));
                                } else {
                                    dialogs.showError(Messages.get(messages + "failed"), Messages.reason(failure));
                                }
                            });
                });
    }

    /** True while work that stops when asked runs (a team book's copy for offline work): the status bar offers Cancel. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** The status bar's Cancel: the running copy stops at its next batch of rows and writes no file. */
    public void cancelTask() {
        if (cancellable.get()) {
            runner.cancel();
        }
    }

    /** The Restore dialog's state; {@code restore} is the window's action that swaps the book. */
    public RestoreViewModel restore(Consumer<Path> restore) {
        return new RestoreViewModel(book.backups(), runner, dialogs, restore);
    }

    public TrashViewModel trash() {
        openTrash = new TrashViewModel(book.trash(), runner, dialogs, this, this::refreshAll, readOnly(),
                clock.getZone());
        return openTrash;
    }

    public PrivacyViewModel privacy() {
        return new PrivacyViewModel(book.privacy(), runner, dialogs, this, this::refreshAll, readOnly());
    }

    public RetentionViewModel retention() {
        return new RetentionViewModel(book.retention(), runner, dialogs, this, events::refresh, readOnly(),
                clock.getZone());
    }

    public EventFileViewModel eventFiles() {
        return new EventFileViewModel(book.eventFiles(), runner, dialogs, this, events.selectedProperty(),
                id -> refreshAll(), readOnly());
    }

    /** Help → Load sample events: adds the two webinars once; a second time says they are there. */
    public void loadSample() {
        if (readOnly()) {
            return;
        }
        Locale language = Messages.locale();
        runner.run(Messages.get("sample.loading"), progress -> samples.load(language), result -> {
            refreshAll();
            if (result.eventsAdded() == 0) {
                dialogs.showInformation(Messages.get("sample.title"), Messages.get("sample.alreadyThere"));
            } else {
                notify(Messages.get("sample.loaded", result.eventsAdded()));
            }
        }, failure -> dialogs.showError(Messages.get("sample.failed"), Messages.reason(failure)));
    }

    @Override
    public void notify(String message) {
        undo.set(null);
        notice.set(message);
        noticeEvent = null;
    }

    @Override
    public void offerUndo(String message, Runnable action) {
        notice.set(message);
        undo.set(action);
        noticeEvent = null;
    }

    @Override
    public void notifyAbout(long eventId, String message) {
        notify(message);
        noticeEvent = eventId;
    }

    @Override
    public void offerUndoAbout(long eventId, String message, Runnable action) {
        offerUndo(message, action);
        noticeEvent = eventId;
    }

    // The status bar says nothing of a screen, or an event, the user has turned away from; nor offers its undo.
    private void withdrawNotice() {
        notice.set("");
        undo.set(null);
        noticeEvent = null;
    }

    /** Runs the offered undo once and withdraws it. */
    public void undo() {
        Runnable action = undo.get();
        undo.set(null);
        notice.set("");
        if (action != null) {
            action.run();
        }
    }

    /** The undo on offer, if any; the status bar shows an Undo link while it is set. */
    public ObjectProperty<Runnable> undoProperty() {
        return undo;
    }

    public Clock clock() {
        return clock;
    }

    public void refreshAll() {
        events.refresh();
        people.refresh();
        organisations.refresh();
        suppression.refresh();
        export.dataChanged();
    }

    /**
     * View → Reload (F5), and what a change made elsewhere (a command-line import, another
     * program) triggers: every list is read again — events, the open event with its panel and
     * registrants, people, organisations, the suppression list, the trash — keeping the
     * selections and leaving every form with unsaved edits as it is.
     */
    public void reload() {
        events.reload();
        panel.reload();
        people.reload();
        organisations.reload();
        suppression.refresh();
        export.dataChanged();
        if (openTrash != null) {
            openTrash.refresh();
        }
    }

    /** The window calls this from the watcher's thread's news, on the FX thread: another program wrote to the book. */
    public void changedElsewhere() {
        reload();
    }

    /**
     * The window calls this from the watcher's news, on the FX thread: the team book's server
     * cannot be reached; the banner says so while the watcher tries again. Forms keep their edits.
     */
    public void connectionLost(String server) {
        connectionLost.set(Messages.get("connection.lost", server));
    }

    /**
     * As {@link #connectionLost}, for a server that is there but takes no more connections now
     * (too many clients, starting up): the banner says so while the watcher tries again.
     */
    public void connectionBusy(String server) {
        connectionLost.set(Messages.get("connection.busy", server));
    }

    /** The server is reached again: the banner goes (a reload follows from the watcher). */
    public void connectionBack() {
        connectionLost.set("");
    }

    /** The banner's text while the team book's server cannot be reached; empty otherwise. */
    public ReadOnlyStringProperty connectionLostProperty() {
        return connectionLost.getReadOnlyProperty();
    }

    /** Every form's unsaved edits: asked about before another section, quitting or a rebuilt window. */
    public EditGuard guard() {
        return guard;
    }

    /** Shows another section once the open forms' edits are saved or discarded; else runs {@code stay}. */
    public void goTo(Section wanted, Runnable stay) {
        if (wanted != section.get()) {
            guard.settle(() -> section.set(wanted), stay);
        }
    }

    /** Ctrl+N: a new event's form, in the Events section. */
    public void newEvent() {
        if (readOnly()) {
            return;
        }
        guard.settle(() -> {
            section.set(Section.EVENTS);
            events.newEvent();
        });
    }

    /** Ctrl+S: saves the form of the section showing. */
    public void save() {
        switch (section.get()) {
            case EVENTS -> events.save();
            case PEOPLE -> people.form().save(people::saved);
            case ORGANISATIONS -> organisations.form().save(organisations::saved);
            case SUPPRESSION -> { }
        }
    }

    /** Escape: puts the form of the section showing back as it was loaded. */
    public void revert() {
        switch (section.get()) {
            case EVENTS -> events.revert();
            case PEOPLE -> people.form().revert();
            case ORGANISATIONS -> organisations.form().revert();
            case SUPPRESSION -> { }
        }
    }

    /** Ctrl+1…5: the event's tab {@code index}, from 0, while an event is shown. */
    public void showTab(int index) {
        if (section.get() == Section.EVENTS && events.selectedProperty().get() != null
                && !events.creatingProperty().get()) {
            events.tabProperty().set(index);
        }
    }

    /** Ctrl+I: the Registrants tab of the event shown, and the file to import into it. */
    public void importRegistrants() {
        if (readOnly() || section.get() != Section.EVENTS || events.registrants().event() == null) {
            return;
        }
        showTab(2);
        importer.chooseRegistrants(events.registrants().event());
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A passing message about the last thing done, such as "2 sample events added". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public TaskRunner runner() {
        return runner;
    }

    public EventListViewModel events() {
        return events;
    }

    public PeopleViewModel people() {
        return people;
    }

    public OrganisationsViewModel organisations() {
        return organisations;
    }

    /** The Panel & agenda tab of the event selected in the Events section. */
    public PanelAgendaViewModel panel() {
        return panel;
    }

    /** The import dialog of the Registrants tab: registrant files and attendance reports. */
    public ImportViewModel importer() {
        return importer;
    }

    public ExportViewModel export() {
        return export;
    }

    public PublishViewModel publish() {
        return publish;
    }

    public SuppressionViewModel suppression() {
        return suppression;
    }
}
