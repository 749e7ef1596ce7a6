package org.podium.ui.panel;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Agenda;
import org.podium.domain.Event;
import org.podium.domain.Person;
import org.podium.service.documents.CalendarService;
import org.podium.service.events.ChaseLine;
import org.podium.service.documents.CueSheet;
import org.podium.service.documents.CueSheetService;
import org.podium.service.directory.DirectoryService;
import org.podium.service.events.EventDetails;
import org.podium.service.common.NotFoundException;
import org.podium.service.events.PanelService;
import org.podium.ui.common.BundleWording;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;

/**
 * The Panel & agenda tab of the event on show: loads its panel, run-of-show and what needs
 * chasing together, and prints or saves its cue sheet. The panel and the agenda each have
 * their own view model; both reload through this one after a change.
 */
public final class PanelAgendaViewModel {
    /** Fine enough for text on paper; an A4 page takes about 30 MB while it is printed, one page at a time. */
    private static final float PRINT_DPI = 300;

    private final PanelService panel;
    private final DirectoryService directory;
    private final CueSheetService cueSheets;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final Runnable onChasingChanged;
    private final PanelViewModel seats;
    private final AgendaViewModel agenda;

    private long eventId;
    private String eventTitle = "";
    private final ObservableList<String> chasing = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    /**
     * @param onChasingChanged runs after a change that may change what needs chasing (a seat
     *                         added, removed or answered), so the event list can flag the event
     */
    public PanelAgendaViewModel(PanelService panel, DirectoryService directory, CalendarService calendar,
                                CueSheetService cueSheets, TaskRunner runner, DialogService dialogs, Notifier notifier,
                                Runnable onChasingChanged) {
        this.panel = panel;
        this.directory = directory;
        this.cueSheets = cueSheets;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.onChasingChanged = onChasingChanged;
        this.seats = new PanelViewModel(panel, directory, calendar, runner, dialogs, notifier, this);
        this.agenda = new AgendaViewModel(panel, runner, dialogs, notifier, this);
    }

    /** Shows this event's panel and agenda (an event just selected, or saved with a new time). */
    public void load(Event event) {
        if (event.id() != eventId) {
            agenda.newItem();
            seats.personToSeatProperty().set(null);
        }
        eventId = event.id();
        eventTitle = event.title();
        reload(false);
    }

    /** Reloads the event on show, if any, as it now stands in the book. */
    public void reload() {
        reload(false);
    }

    void reload(boolean chasingMayChange) {
        if (eventId == 0) {
            return;
        }
        long id = eventId;
        runner.run(Messages.get("panel.loading"), progress -> load(id), data -> {
            if (id != eventId) {
                return;
            }
            eventTitle = data.plan().event().title();
            seats.show(data.seats(), data.people());
            Map<Long, Person> everyone = data.people().stream().map(DirectoryService.PersonLine::person)
                    .collect(Collectors.toMap(Person::id, Function.identity()));
            agenda.show(data.plan(), data.seats().stream().map(EventDetails.SeatLine::person).toList(), everyone);
            chasing.setAll(data.chasing().stream().map(PanelAgendaViewModel::chaseText).toList());
            loaded.set(true);
            if (chasingMayChange) {
                onChasingChanged.run();
            }
        }, failure -> {
            if (failure instanceof NotFoundException) {
                // The event went to the trash meanwhile: there is nothing left to show.
                clear();
            } else {
                dialogs.showError(Messages.get("panel.loadFailed"), Messages.reason(failure));
            }
        });
    }

    private Loaded load(long id) {
        return new Loaded(panel.seats(id), panel.agenda(id), panel.chasing(id), directory.people());
    }

    private record Loaded(List<EventDetails.SeatLine> seats, Agenda.Plan plan, List<ChaseLine> chasing,
                          List<DirectoryService.PersonLine> people) {
    }

    /** What to chase, in the window's words. */
    public static String chaseText(ChaseLine c) {
        return switch (c.reason()) {
            case UNANSWERED -> Messages.get("chasing.unanswered", c.person().fullName());
            case DOUBLE_BOOKED -> Messages.get("chasing.doubleBooked", c.person().fullName(),
                    c.other().map(Event::title).orElse(""));
        };
    }

    /** Prints the cue sheet on a printer the coordinator picks, as the pages of its PDF. */
    public void print(CueSheetPrinter printer) {
        if (eventId == 0) {
            return;
        }
        long id = eventId;
        runner.run(Messages.get("cuesheet.preparing"), progress -> {
            CueSheet sheet = cueSheets.cueSheet(id, new BundleWording());
            return new Printout(sheet.title(), cueSheets.pages(sheet, PRINT_DPI));
        }, printout -> {
            CueSheetPrinter.Outcome outcome = printer.print(printout.title(), printout.pages().output());
            switch (outcome) {
                case PRINTED -> {
                    notifier.notify(Messages.get("cuesheet.printed", printout.title()));
                    tellMissing(printout.pages());
                }
                case NO_PRINTER -> dialogs.showError(Messages.get("cuesheet.printFailed"), Messages.get("cuesheet.noPrinter"));
                case FAILED -> dialogs.showError(Messages.get("cuesheet.printFailed"), Messages.get("cuesheet.printError"));
                case CANCELLED -> { }
            }
        }, failure -> dialogs.showError(Messages.get("cuesheet.printFailed"), Messages.reason(failure)));
    }

    /** The cue sheet's pages as printed, with the characters that show as "□". */
    private record Printout(String title, CueSheetService.Rendered<List<BufferedImage>> pages) {
    }

    /** Saves the cue sheet as a PDF where the coordinator chooses. */
    public void savePdf() {
        if (eventId == 0) {
            return;
        }
        long id = eventId;
        Optional<Path> target = dialogs.chooseSaveFile(Messages.get("cuesheet.save.title"),
                fileName(Messages.get("cuesheet.fileName", eventTitle)) + ".pdf", Messages.get("cuesheet.save.kind"), "pdf");
        target.ifPresent(file -> runner.run(Messages.get("cuesheet.saving"),
                progress -> cueSheets.savePdf(id, file, new BundleWording()),
                saved -> {
                    notifier.notify(Messages.get("cuesheet.saved", saved.output()));
                    tellMissing(saved);
                },
                failure -> dialogs.showError(Messages.get("cuesheet.saveFailed"), Messages.reason(failure))));
    }

    /** Names the characters that no font on this computer has: they show as "□" on the sheet. */
    private void tellMissing(CueSheetService.Rendered<?> rendered) {
        if (!rendered.missing().isEmpty()) {
            dialogs.showInformation(Messages.get("cuesheet.missing.title"),
                    Messages.get("cuesheet.missing", rendered.missing().size(), rendered.missingText()));
        }
    }

    /** A title made safe as a file name. */
    static String fileName(String title) {
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip().replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? "event" : cleaned;
    }

    long eventId() {
        return eventId;
    }

    String eventTitle() {
        return eventTitle;
    }

    public PanelViewModel panel() { return seats; }
    public AgendaViewModel agenda() { return agenda; }
    public ObservableList<String> chasing() { return chasing; }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }

    /** Forgets the event, as when none is selected. */
    public void clear() {
        eventId = 0;
        loaded.set(false);
    }
}
