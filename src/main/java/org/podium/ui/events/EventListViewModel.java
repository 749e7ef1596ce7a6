package org.podium.ui.events;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.podium.domain.Event;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;
import org.podium.domain.Series;
import org.podium.service.documents.CalendarService;
import org.podium.service.directory.DirectoryService;
import org.podium.service.events.EventDetails;
import org.podium.service.events.EventService;
import org.podium.service.events.EventSummary;
import org.podium.service.common.Formats;
import org.podium.service.registrants.RegistrationService;
import org.podium.ui.common.EventRow;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.UndoableDelete;
import org.podium.ui.common.Texts;
import org.podium.ui.forms.EditGuard;
import org.podium.ui.eventform.EventFormViewModel;
import org.podium.ui.panel.PanelAgendaViewModel;
import org.podium.ui.registrants.RegistrantsViewModel;

/**
 * The Events screen: the list (upcoming first, then past) with its search and filters, the
 * selected event in the scheduling form, and the actions on it.
 */
public final class EventListViewModel {
    private final EventService events;
    private final CalendarService calendar;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final Clock clock;
    private final ObservableValue<String> search;
    private final ObservableList<EventRow> all = FXCollections.observableArrayList();
    private final FilteredList<EventRow> shown = new FilteredList<>(all);
    private final ObservableList<Series> seriesChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Series> seriesFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<EventStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<EventKind> kindFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<EventRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Optional<EventDetails>> details = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty calendarShown = new SimpleBooleanProperty(false);
    // Where the list ends and the event begins (a share of the width), and whether the list is
    // folded away so the event's tabs get the whole width; the window remembers both.
    private final javafx.beans.property.DoubleProperty listShare = new javafx.beans.property.SimpleDoubleProperty(0.38);
    private final BooleanProperty listFolded = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty readOnly = new SimpleBooleanProperty(false);
    private final EventFormViewModel form;
    private final RegistrantsViewModel registrants;
    private final EditGuard guard;
    private final IntegerProperty tab = new SimpleIntegerProperty(0);
    private final javafx.beans.property.ReadOnlyIntegerWrapper newForms = new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private boolean keepDetails;
    /** The id of the event the new form just saved, until the list is read again with it. */
    private long justCreated;
    private final javafx.beans.binding.StringBinding placeholder;
    private Runnable afterRegistrantsChange = () -> { };

    public EventListViewModel(EventService events, DirectoryService directory, CalendarService calendar,
                              TaskRunner runner, DialogService dialogs, Notifier notifier, Clock clock,
                              List<ZoneId> audienceZones, ObservableValue<String> search,
                              RegistrationService registrations) {
        this.events = events;
        this.calendar = calendar;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.clock = clock;
        this.search = search;
        this.form = new EventFormViewModel(events, directory, runner, dialogs, clock, audienceZones);
        this.registrants = new RegistrantsViewModel(registrations, runner, dialogs, notifier, clock, () -> {
            refreshFigures();
            afterRegistrantsChange.run();
        });
        form.readOnlyProperty().bind(readOnly);
        guard = new EditGuard(dialogs);
        guard.register(new EditGuard.Form(form.dirtyProperty(), this::formName, this::saveBeforeMoving, form::revert));
        guard.include(registrants.guard());
        placeholder = javafx.beans.binding.Bindings.createStringBinding(() -> org.podium.ui.common.Placeholder.text(
                !loaded.get(), Messages.get("events.loading"), search.getValue(),
                seriesFilter.get() != null || statusFilter.get() != null || kindFilter.get() != null,
                "events.noMatch", "events.noMatchFilters", "events.empty"),
                loaded, search, seriesFilter, statusFilter, kindFilter);
        search.addListener((obs, old, text) -> applyFilters());
        seriesFilter.addListener((obs, old, now) -> applyFilters());
        statusFilter.addListener((obs, old, now) -> applyFilters());
        kindFilter.addListener((obs, old, now) -> applyFilters());
        selected.addListener((obs, old, row) -> {
            if (!(keepDetails && old != null && row != null && old.id() == row.id())) {
                loadDetails(row);
            }
        });
    }

    private void applyFilters() {
        String text = search.getValue();
        Series series = seriesFilter.get();
        EventStatus status = statusFilter.get();
        EventKind kind = kindFilter.get();
        shown.setPredicate(row -> matches(row, text)
                && (series == null || Long.valueOf(series.id()).equals(row.seriesId()))
                && (status == null || row.status() == status)
                && (kind == null || row.kind() == kind));
    }

    static boolean matches(EventRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return row.title().toLowerCase(Locale.ROOT).contains(needle)
                || row.subtitle().toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Reloads the list from the book, keeping the selection where the event still exists. */
    public void refresh() {
        refresh(selected.get() == null ? -1 : selected.get().id(), false);
    }

    /**
     * Reloads the list's figures, such as the registrant counts after an import, leaving the
     * selected event's tabs as they are: reopening it would throw away unsaved edits in its form.
     */
    public void refreshFigures() {
        refresh(selected.get() == null ? -1 : selected.get().id(), true);
    }

    /** Runs {@code action} after registrants of the shown event were added, edited or changed status here. */
    public void afterRegistrantsChange(Runnable action) {
        afterRegistrantsChange = action;
    }

    /**
     * View → Reload, and what a change made elsewhere triggers: the list, the open event and
     * its registrants are read again, keeping the selection, the tab shown and any unsaved
     * edit in the form (a form with edits is left as the coordinator has it).
     */
    public void reload() {
        refresh(selected.get() == null ? -1 : selected.get().id(), true, this::reloadDetails);
        registrants.reloadKeepingSelection();
    }

    private void reloadDetails() {
        EventRow row = selected.get();
        if (row == null || creating.get()) {
            return;
        }
        runner.run(Messages.get("events.loadingOne", row.title()), progress -> read(row.id()), read -> {
            Optional<EventDetails> found = read.details();
            if (selected.get() == null || selected.get().id() != row.id() || found.isEmpty()) {
                return;
            }
            if (!form.dirtyProperty().get()) {
                form.load(found.get().event(), found.get().stamp(), read.lists());
            }
            details.set(found);
            registrants.show(found.get().event());
        }, failure -> dialogs.showError(Messages.get("events.loadFailed"), Messages.reason(failure)));
    }

    private void refresh(long keep, boolean quietly) {
        refresh(keep, quietly, () -> { });
    }

    private void refresh(long keep, boolean quietly, Runnable then) {
        runner.run(Messages.get("events.loading"), progress -> new Loaded(events.list(), events.series()), data -> {
            seriesChoices.setAll(data.series());
            all.setAll(data.summaries().stream().map(EventListViewModel::row).toList());
            loaded.set(true);
            boolean afterCreating = creating.get() && keep == justCreated;
            if (creating.get() && !afterCreating) {
                return;
            }
            justCreated = 0;
            // A reload never overwrites edits not yet saved: the form keeps them, and its event stays chosen.
            boolean editing = form.dirtyProperty().get();
            keepDetails = quietly || editing;
            try {
                all.stream().filter(r -> r.id() == keep).findFirst().ifPresentOrElse(selected::set, () -> {
                    if (!editing) {
                        selected.set(shown.isEmpty() ? null : shown.get(0));
                    }
                });
            } finally {
                keepDetails = false;
            }
            if (afterCreating && selected.get() == null) {
                // The saved event is not in the list as filtered, and nothing else is: the form is no longer new.
                creating.set(false);
            }
            then.run();
        }, failure -> dialogs.showError(Messages.get("events.loadFailed"), Messages.reason(failure)));
    }

    private record Loaded(List<EventSummary> summaries, List<Series> series) {
    }

    /** An event as the Overview shows it, read with the form's pick lists, off the window's thread. */
    private record Read(Optional<EventDetails> details, EventFormViewModel.PickLists lists) {
    }

    private Read read(long eventId) {
        return new Read(events.details(eventId), form.pickLists());
    }

    private void loadDetails(EventRow row) {
        if (row == null) {
            details.set(Optional.empty());
            registrants.show(null);
            return;
        }
        runner.run(Messages.get("events.loadingOne", row.title()), progress -> read(row.id()), read -> {
            Optional<EventDetails> found = read.details();
            details.set(found);
            // A new form still open gives way once the event is there to show, its form moving into the Overview tab.
            creating.set(false);
            // What was typed into the form since it saved this event (straight after Ctrl+S) is an edit a load must keep.
            found.filter(d -> !form.editing(d.event().id())).ifPresent(d -> form.load(d.event(), d.stamp(), read.lists()));
            registrants.expect(row.registrants());
            registrants.show(found.map(EventDetails::event).orElse(null));
        }, failure -> {
            creating.set(false);
            dialogs.showError(Messages.get("events.loadFailed"), Messages.reason(failure));
        });
    }

    static EventRow row(EventSummary s) {
        Locale locale = Messages.locale();
        Event e = s.event();
        return new EventRow(e.id(), e.title(), e.subtitle(), Formats.compactStart(e, locale), s.shownStatus(),
                Texts.of(s.shownStatus()), s.registrants(), s.upcoming(), e.seriesId(), e.kind(),
                e.start().toLocalDate(), DateTimeFormatter.ofPattern("HH:mm").format(e.start()),
                String.join("\n", s.chasing().stream().map(PanelAgendaViewModel::chaseText).toList()));
    }

    /**
     * Shows this event, as a click in the list does, once the edits in the open forms are saved
     * or discarded; {@code stay} runs instead if the coordinator stays with them.
     */
    public void choose(EventRow row, Runnable stay) {
        // The row already shown, or the new event just saved that the list selected while its form still holds it.
        if (java.util.Objects.equals(selected.get(), row)) {
            return;
        }
        guard.settle(() -> selected.set(row), stay);
    }

    /** Opens an empty form for a new event, once the edits in the open forms are settled. */
    public void newEvent() {
        guard.settle(() -> runner.run(Messages.get("events.loading"), progress -> form.pickLists(), lists -> {
            creating.set(true);
            selected.set(null);
            form.loadNew(lists);
            tab.set(0);
            newForms.set(newForms.get() + 1);
        }, failure -> dialogs.showError(Messages.get("events.loadFailed"), Messages.reason(failure))));
    }

    private String formName() {
        String title = form.titleProperty().get();
        return title == null || title.isBlank() ? Messages.get("form.newTitle") : title.strip();
    }

    // Saving on the way to somewhere else: the list is reloaded keeping whatever is chosen then.
    private boolean saveBeforeMoving(Runnable saved, Runnable failed) {
        return form.save(event -> {
            creating.set(false);
            notifier.notify(Messages.get("events.saved", event.title()));
            saved.run();
            refresh(selected.get() == null ? event.id() : selected.get().id(), false);
        }, failed);
    }

    /** Ctrl+S: saves the registrant form if it is open, else the event's form. */
    public void save() {
        if (registrants.form().openProperty().get()) {
            registrants.form().save();
        } else if (creating.get() || selected.get() != null) {
            form.save(this::saved);
        }
    }

    /** Escape: closes the registrant form if it is open, else puts the event's form back as loaded. */
    public void revert() {
        if (registrants.form().openProperty().get()) {
            registrants.form().cancel();
        } else {
            form.revert();
        }
    }

    /** After the form saved an event: show it selected in the refreshed list. */
    public void saved(Event event) {
        notifier.notify(Messages.get("events.saved", event.title()));
        // A new event's form stays in the window until the event is shown, so the field being typed in keeps the focus.
        justCreated = creating.get() ? event.id() : 0;
        refresh(event.id(), false);
    }

    /** "Schedule the next one like this": asks for the new start, then copies the event. */
    public void duplicateSelected() {
        guard.settle(this::duplicate);
    }

    private void duplicate() {
        EventRow row = selected.get();
        if (row == null) {
            return;
        }
        Event original = details.get().map(EventDetails::event).orElse(null);
        if (original == null) {
            return;
        }
        LocalDateTime suggested = original.start().plusWeeks(1);
        while (suggested.isBefore(LocalDateTime.now(clock.withZone(original.zone())))) {
            suggested = suggested.plusWeeks(1);
        }
        dialogs.askDateTime(Messages.get("events.duplicate.title"), Messages.get("events.duplicate.message",
                original.title(), original.zone().getId()), suggested).ifPresent(start ->
                runner.run(Messages.get("events.duplicating"), progress -> events.duplicate(row.id(), start), copy -> {
                    notifier.notify(Messages.get("events.duplicated", copy.title()));
                    refresh(copy.id(), false);
                }, failure -> dialogs.showError(Messages.get("events.duplicateFailed"), Messages.reason(failure))));
    }

    /** Asks, then moves the selected event to the trash, offering to undo. */
    public void deleteSelected() {
        EventRow row = selected.get();
        if (row == null || readOnly.get() || !dialogs.confirm(Messages.get("events.delete.title"),
                Messages.get("events.delete.message", row.title(), row.registrants()),
                Messages.get("events.delete.yes"), Messages.get("common.cancel"))) {
            return;
        }
        new UndoableDelete(runner, dialogs, notifier, "events").run(progress -> events.moveToTrash(row.id()), gone -> {
            if (form.editing(gone.id())) {
                form.revert();
            }
            refresh(-1, false);
        }, Event::title, gone -> progress -> events.restore(gone.id()), back -> refresh(back.id(), false));
    }

    /** Saves the selected event as an iCalendar file the coordinator picks. */
    public void saveCalendarFile() {
        EventRow row = selected.get();
        if (row == null) {
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile(Messages.get("events.ics.title"),
                fileName(row.title()) + ".ics", Messages.get("events.ics.kind"), "ics");
        target.ifPresent(file -> runner.run(Messages.get("events.ics.saving"), progress -> {
            calendar.saveEventIcs(row.id(), file);
            return file;
        }, saved -> notifier.notify(Messages.get("events.ics.saved", saved)),
                failure -> dialogs.showError(Messages.get("events.ics.failed"), Messages.reason(failure))));
    }

    static String fileName(String title) {
        String cleaned = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").strip().replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? "event" : cleaned;
    }

    public ObservableList<EventRow> rows() {
        return shown;
    }

    public ObservableList<Series> seriesChoices() {
        return seriesChoices;
    }

    public ObjectProperty<Series> seriesFilterProperty() {
        return seriesFilter;
    }

    public ObjectProperty<EventStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<EventKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<EventRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Optional<EventDetails>> detailsProperty() {
        return details;
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    public BooleanProperty calendarShownProperty() {
        return calendarShown;
    }

    public javafx.beans.property.DoubleProperty listShareProperty() {
        return listShare;
    }

    public BooleanProperty listFoldedProperty() {
        return listFolded;
    }

    /** What the empty table says: loading, no event matching the search or filters, or none yet. */
    public javafx.beans.binding.StringBinding placeholderProperty() {
        return placeholder;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public EventFormViewModel form() {
        return form;
    }

    /** The Registrants tab of the selected event. */
    public RegistrantsViewModel registrants() {
        return registrants;
    }

    /** True when the book is open read-only: nothing can be added, copied, deleted or saved. */
    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /** Selects the event with this id if it is in the list, as the calendar does on a click. */
    public void select(long id) {
        all.stream().filter(r -> r.id() == id).findFirst().ifPresent(row -> choose(row, () -> { }));
    }

    /** The unsaved edits of this section's forms: the event's and the registrant's. */
    public EditGuard guard() {
        return guard;
    }

    /** Counts the new-event forms opened; the view puts the cursor in the Title of each. */
    public javafx.beans.property.ReadOnlyIntegerProperty newFormsProperty() {
        return newForms.getReadOnlyProperty();
    }

    /** The event's tab showing, from 0 (Overview) to 4 (Export); Ctrl+1…5 choose one. */
    public IntegerProperty tabProperty() {
        return tab;
    }
}
