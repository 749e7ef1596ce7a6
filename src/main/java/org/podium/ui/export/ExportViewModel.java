package org.podium.ui.export;

import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Event;
import org.podium.domain.ExportDestination;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.Series;
import org.podium.service.events.EventService;
import org.podium.service.events.EventSummary;
import org.podium.service.export.ExportCancelledException;
import org.podium.service.export.ExportPreview;
import org.podium.service.export.ExportRequest;
import org.podium.service.export.ExportService;
import org.podium.service.export.ExportSummary;
import org.podium.service.common.Formats;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.Texts;

/**
 * The Export tab of an event: destination, who to include, other events of the export, a
 * preview of the first rows with the checks of the whole file, and saving it.
 */
public final class ExportViewModel {
    /** Who the export is for, as the tab offers it. */
    public enum Who {
        ACTIVE(ExportRequest.ACTIVE), ATTENDED(EnumSet.of(RegistrationStatus.ATTENDED)),
        NO_SHOW(EnumSet.of(RegistrationStatus.NO_SHOW));

        private final Set<RegistrationStatus> statuses;

        Who(Set<RegistrationStatus> statuses) {
            this.statuses = Set.copyOf(statuses);
        }
    }

    /** Another event that can join the export, ticked or not. */
    public static final class EventChoice {
        private final long id;
        private final Long seriesId;
        private final String label;
        private final BooleanProperty chosen = new SimpleBooleanProperty(false);

        EventChoice(long id, Long seriesId, String label) {
            this.id = id;
            this.seriesId = seriesId;
            this.label = label;
        }

        public long id() {
            return id;
        }

        public BooleanProperty chosenProperty() {
            return chosen;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One line of the checks: what is counted, how many, and whether it deserves attention. */
    public record Check(String label, String value, boolean attention) {
    }

    private final ExportService export;
    private final EventService events;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Notifier notifier;

    private final ObjectProperty<ExportDestination> destination = new SimpleObjectProperty<>(ExportDestination.MAILCHIMP);
    private final ObjectProperty<Who> who = new SimpleObjectProperty<>(Who.ACTIVE);
    private final BooleanProperty consentOnly = new SimpleBooleanProperty(true);
    private final BooleanProperty roleAddresses = new SimpleBooleanProperty(false);
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ObservableList<EventChoice> otherEvents = FXCollections.observableArrayList();
    private final ObservableList<Series> series = FXCollections.observableArrayList();
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ObservableList<Check> checks = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ExportSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Event> event = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSave;
    private int generation;

    public ExportViewModel(ExportService export, EventService events, TaskRunner runner, DialogService dialogs,
                           Notifier notifier) {
        this.export = export;
        this.events = events;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
        canSave = Bindings.createBooleanBinding(() -> summary.get() != null && summary.get().written() > 0
                && !previewing.get() && !saving.get(), summary, previewing, saving);
        destination.addListener((obs, old, now) -> optionsChanged());
        who.addListener((obs, old, now) -> optionsChanged());
        consentOnly.addListener((obs, old, now) -> optionsChanged());
        roleAddresses.addListener((obs, old, now) -> optionsChanged());
        // Each time the tab comes into view: the suppression list or the registrants may have changed.
        active.addListener((obs, old, now) -> {
            if (now) {
                refresh();
            }
        });
    }

    /** Shows the export of this event; the preview runs once the tab is in view. */
    public void show(Event shown) {
        if (shown != null && event.get() != null && event.get().id() == shown.id()) {
            event.set(shown);
            return;
        }
        event.set(shown);
        otherEvents.clear();
        summary.set(null);
        header.clear();
        rows.clear();
        checks.clear();
        if (shown == null) {
            return;
        }
        runner.run(Messages.get("export.loadingEvents"), progress -> new Choices(events.list(), events.series()),
                loaded -> fillChoices(shown, loaded), failure -> problem.set(Messages.reason(failure)));
        if (active.get()) {
            refresh();
        }
    }

    private record Choices(List<EventSummary> events, List<Series> series) {
    }

    private void fillChoices(Event shown, Choices loaded) {
        if (event.get() == null || event.get().id() != shown.id()) {
            return;
        }
        List<EventChoice> choices = new ArrayList<>();
        for (EventSummary s : loaded.events()) {
            Event e = s.event();
            if (e.id() != shown.id()) {
                EventChoice choice = new EventChoice(e.id(), e.seriesId(), e.title() + " — "
                        + Formats.compactStart(e, Messages.locale()) + " (" + s.registrants() + ")");
                choice.chosenProperty().addListener((obs, old, now) -> optionsChanged());
                choices.add(choice);
            }
        }
        otherEvents.setAll(choices);
        series.setAll(loaded.series());
    }

    /** Ticks every other event of the series, so the export covers the whole series. */
    public void chooseSeries(Series chosen) {
        if (chosen == null) {
            return;
        }
        otherEvents.stream().filter(c -> c.seriesId != null && c.seriesId == chosen.id())
                .forEach(c -> c.chosenProperty().set(true));
    }

    private void optionsChanged() {
        if (active.get()) {
            refresh();
        }
    }

    /**
     * The suppression list, the registrants or the book changed: the checks beside Save are
     * worked out again at once while the tab is in view (it stays "selected" while another
     * section of the window is shown), or when it next comes into view.
     */
    public void dataChanged() {
        if (active.get() && event.get() != null) {
            refresh();
        } else {
            summary.set(null);
            checks.clear();
        }
    }

    /** The request the options describe, or empty while no event is shown. */
    Optional<ExportRequest> request() {
        Event shown = event.get();
        if (shown == null) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>();
        ids.add(shown.id());
        otherEvents.stream().filter(c -> c.chosenProperty().get()).forEach(c -> ids.add(c.id()));
        return Optional.of(new ExportRequest(ids, destination.get(), who.get().statuses, !consentOnly.get(),
                roleAddresses.get()));
    }

    /** Runs the preview of the current options; a newer preview replaces an older one still running. */
    public void refresh() {
        Optional<ExportRequest> request = request();
        if (request.isEmpty()) {
            return;
        }
        int mine = ++generation;
        previewing.set(true);
        problem.set("");
        runner.run(Messages.get("export.previewing"),
                progress -> export.preview(request.get(), ExportService.PREVIEW_ROWS, progress), preview -> {
                    if (mine == generation) {
                        previewing.set(false);
                        apply(preview);
                    }
                }, failure -> {
                    if (mine == generation) {
                        previewing.set(false);
                        summary.set(null);
                        problem.set(Messages.reason(failure));
                    }
                });
    }

    // The figures first: whoever sees the new rows (a test polling from its own thread) sees them too.
    private void apply(ExportPreview preview) {
        summary.set(preview.summary());
        checks.setAll(checks(preview.summary(), destination.get().isMailingTool()));
        header.setAll(preview.header());
        rows.setAll(preview.rows());
    }

    static List<Check> checks(ExportSummary s, boolean mailing) {
        NumberFormat n = NumberFormat.getIntegerInstance(Messages.locale());
        List<Check> lines = new ArrayList<>();
        lines.add(new Check(Messages.get("export.check.written"), n.format(s.written()), s.written() == 0));
        lines.add(new Check(Messages.get("export.check.status"), n.format(s.excludedByStatus()), false));
        lines.add(new Check(Messages.get("export.check.consent"), n.format(s.excludedByConsent()), false));
        lines.add(new Check(Messages.get("export.check.suppression"), n.format(s.excludedBySuppression()), false));
        lines.add(new Check(Messages.get("export.check.invalid"), counted(n, s.invalidAddresses(), s.excludedInvalid()),
                s.invalidAddresses() > 0));
        lines.add(new Check(Messages.get("export.check.role"), counted(n, s.roleAddresses(), s.excludedRole()),
                mailing && s.roleAddresses() > s.excludedRole()));
        lines.add(new Check(Messages.get("export.check.duplicates"), n.format(s.duplicatesMerged()), false));
        lines.add(new Check(Messages.get("export.check.neutralised"), n.format(s.neutralisedCells()),
                s.neutralisedCells() > 0));
        return lines;
    }

    private static String counted(NumberFormat n, long found, long leftOut) {
        if (found == 0) {
            return n.format(0);
        }
        // The count itself, not its text: the sentence chooses singular or plural by it.
        return leftOut == found ? Messages.get("export.check.leftOut", found) : Messages.get("export.check.kept", found);
    }

    /** Asks where to save, then writes the whole file with progress; the status bar names it when done. */
    public void save() {
        Optional<ExportRequest> request = request();
        if (request.isEmpty() || !canSave.get()) {
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile(Messages.get("export.save.title"),
                suggestedName(event.get().title(), destination.get()), Messages.get("export.save.kind"), "csv");
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        saving.set(true);
        runner.run(Messages.get("export.saving", file.getFileName()),
                progress -> export.export(request.get(), file, progress), written -> {
                    saving.set(false);
                    notifier.notify(Messages.get("export.saved", written.written(), file));
                }, failure -> {
                    saving.set(false);
                    if (failure instanceof ExportCancelledException) {
                        notifier.notify(Messages.get("export.cancelled"));
                    } else {
                        dialogs.showError(Messages.get("export.failed"), Messages.reason(failure));
                    }
                });
    }

    /** Stops a running save; nothing is written. */
    public void cancel() {
        runner.cancel();
    }

    /** "European Cities on the Front Line - Mailchimp.csv", with characters file systems refuse removed. */
    static String suggestedName(String title, ExportDestination destination) {
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip().replaceAll("\\s+", " ");
        return (cleaned.isEmpty() ? "registrants" : cleaned) + " - " + Texts.of(destination) + ".csv";
    }

    public ObjectProperty<ExportDestination> destinationProperty() {
        return destination;
    }

    public ObjectProperty<Who> whoProperty() {
        return who;
    }

    public BooleanProperty consentOnlyProperty() {
        return consentOnly;
    }

    public BooleanProperty roleAddressesProperty() {
        return roleAddresses;
    }

    /** Whether the tab is in view: the preview only runs then. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ObservableList<EventChoice> otherEvents() {
        return otherEvents;
    }

    public ObservableList<Series> series() {
        return series;
    }

    public ObservableList<String> header() {
        return header;
    }

    public ObservableList<List<String>> rows() {
        return rows;
    }

    public ObservableList<Check> checks() {
        return checks;
    }

    public ReadOnlyObjectProperty<ExportSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Event> eventProperty() {
        return event.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewingProperty() {
        return previewing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Why the preview could not be made, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** How far the running save (or preview) is, from 0 to 1, or -1 when unknown. */
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() {
        return runner.progressProperty();
    }
}
