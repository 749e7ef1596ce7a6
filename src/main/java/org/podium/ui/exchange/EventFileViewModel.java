package org.podium.ui.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.value.ObservableValue;
import org.podium.service.book.EventFileService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.EventRow;

/**
 * File → Save event file… and Open event file…: one event carried to another laptop's book as
 * a JSON file, with the registrants only if the coordinator says so, and the result of opening
 * one told in words (what was added, what updated).
 */
public final class EventFileViewModel {
    private final EventFileService files;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final ObservableValue<EventRow> selected;
    private final LongConsumer imported;
    private final boolean readOnly;

    /** @param imported told the id of the event an opened file added or updated, so the list shows it */
    public EventFileViewModel(EventFileService files, TaskRunner runner, DialogService dialogs, Notifier notifier,
                              ObservableValue<EventRow> selected, LongConsumer imported, boolean readOnly) {
        this.files = files;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.selected = selected;
        this.imported = imported;
        this.readOnly = readOnly;
    }

    /** Saves the selected event, asking where and whether to include its registrants. */
    public void exportSelected() {
        EventRow row = selected.getValue();
        if (row == null) {
            dialogs.showInformation(Messages.get("eventFile.export.title"), Messages.get("eventFile.selectFirst"));
            return;
        }
        dialogs.chooseSaveFile(Messages.get("eventFile.export.title"), fileName(row.title()) + ".podium-event.json",
                Messages.get("eventFile.kind"), "json").ifPresent(file -> {
                    boolean withRegistrants = row.registrants() > 0 && dialogs.confirm(
                            Messages.get("eventFile.registrants.title"),
                            Messages.get("eventFile.registrants.message", row.registrants()),
                            Messages.get("eventFile.registrants.yes"), Messages.get("eventFile.registrants.no"));
                    runner.run(Messages.get("eventFile.saving"), progress -> files.export(row.id(), withRegistrants, file),
                            saved -> notifier.notify(Messages.get("eventFile.saved", saved.title(), saved.file())),
                            failure -> dialogs.showError(Messages.get("eventFile.export.failed"), Messages.reason(failure)));
                });
    }

    /** Opens an event file and merges it into the book, then says what changed. */
    public void importFile() {
        if (readOnly) {
            return;
        }
        dialogs.chooseOpenFile(Messages.get("eventFile.import.title"), Messages.get("eventFile.kind"), "json")
                .ifPresent(file -> runner.run(Messages.get("eventFile.opening"), progress -> files.importFile(file), r -> {
                    imported.accept(r.eventId());
                    dialogs.showInformation(Messages.get("eventFile.import.done"), summary(r));
                }, failure -> dialogs.showError(Messages.get("eventFile.import.failed"), Messages.reason(failure))));
    }

    static String summary(EventFileService.Imported r) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get(r.eventAdded() ? "eventFile.event.added" : r.eventUpdated() ? "eventFile.event.updated"
                : "eventFile.event.unchanged", r.title()));
        if (r.restoredFromTrash()) {
            lines.add(Messages.get("eventFile.event.fromTrash"));
        }
        lines.add(line("eventFile.kind.organisations", r.organisations()));
        lines.add(line("eventFile.kind.people", r.people()));
        lines.add(line("eventFile.kind.seats", r.seats()));
        lines.add(line("eventFile.kind.agenda", r.agenda()));
        r.registrants().ifPresent(c -> lines.add(line("eventFile.kind.registrants", c)));
        if (r.skippedAsErased() > 0) {
            lines.add(Messages.get("eventFile.skippedErased", r.skippedAsErased()));
        }
        return String.join("\n", lines);
    }

    private static String line(String kind, EventFileService.Counts c) {
        return Messages.get("eventFile.counts", Messages.get(kind), c.added(), c.updated(), c.unchanged(), c.removed());
    }

    static String fileName(String title) {
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip().replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? "event" : cleaned;
    }
}
