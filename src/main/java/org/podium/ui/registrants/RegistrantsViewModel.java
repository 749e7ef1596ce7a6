package org.podium.ui.registrants;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationLine;
import org.podium.domain.RegistrationStatus;
import org.podium.service.registrants.RegistrantCounts;
import org.podium.service.registrants.RegistrationCharts;
import org.podium.service.registrants.RegistrationService;
import org.podium.service.registrants.StatusChange;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.Texts;
import org.podium.ui.forms.EditGuard;

/**
 * The Registrants tab of one event: the table with its own search, status filter and sort, the
 * counts against capacity, bulk status changes and promotion with undo, the add/edit form and
 * the charts. The first rows are shown as soon as they are read; the rest follow in the
 * background (see {@link RegistrantList} for why the list is held in memory).
 */
public final class RegistrantsViewModel {
    /** How many rows are read first, so the table fills at once even for a very large event. */
    static final int FIRST_PAGE = 200;
    /** The most rows selected again after a status change (see applyChange). */
    static final int RESELECT_LIMIT = 5_000;

    private final RegistrationService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final RegistrantFormViewModel form;
    private final EditGuard guard;
    private final Runnable countsChanged;

    private Event event;
    private long generation;
    private boolean requested;
    private RegistrantList all = RegistrantList.empty();
    private long version;
    private Shown shown;

    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<RegistrationStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<RegistrantSort> sort = new SimpleObjectProperty<>();
    private final ObservableList<RegistrantRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RegistrantRow> selected = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper everyShownSelected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<RegistrantCounts> counts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shownCount = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper complete = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canPromote = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<RegistrantRow> revealed = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Set<Long>> reselect = new ReadOnlyObjectWrapper<>(Set.of());
    private final BooleanProperty chartsShown = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<RegistrationCharts> charts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("");
    private long expected = -1;

    /** The search and filter behind the rows shown now; a longer search narrows those rows. */
    private record Shown(String search, RegistrationStatus status, long version) {
        boolean narrowedBy(String newSearch, RegistrationStatus newStatus, long newVersion) {
            return version == newVersion && status == newStatus && newSearch.contains(search);
        }
    }

    /** {@code countsChanged} is told when registrants were added or changed status, for the event list's figures. */
    public RegistrantsViewModel(RegistrationService service, TaskRunner runner, DialogService dialogs,
                                Notifier notifier, Clock clock, Runnable countsChanged) {
        this.service = service;
        this.countsChanged = countsChanged;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.form = new RegistrantFormViewModel(service, runner, dialogs, clock, this::afterSave, this::showExisting);
        this.guard = new EditGuard(dialogs);
        guard.register(new EditGuard.Form(form.openProperty().and(form.dirtyProperty()), form::name, form::save,
                form::cancel));
        search.addListener((obs, old, now) -> {
            everyShownSelected.set(false);
            applyFilter();
        });
        statusFilter.addListener((obs, old, now) -> {
            everyShownSelected.set(false);
            applyFilter();
        });
        sort.addListener((obs, old, now) -> {
            all.sort(now);
            changedList();
        });
        active.addListener((obs, old, now) -> loadIfWanted());
        rows.addListener((javafx.collections.ListChangeListener<RegistrantRow>) c -> describeEmpty());
        complete.addListener((obs, old, now) -> describeEmpty());
        describeEmpty();
        chartsShown.addListener((obs, old, now) -> loadChartsIfShown());
    }

    /**
     * Shows the registrants of this event (none if null). The rows load when the tab is active;
     * the same event again only refreshes its counts, as after its capacity was edited.
     */
    public void show(Event shownEvent) {
        if (shownEvent != null && event != null && shownEvent.id() == event.id()) {
            event = shownEvent;
            if (requested) {
                refreshCounts();
            }
            return;
        }
        event = shownEvent;
        forgetRows();
        form.cancel();
        search.set("");
        statusFilter.set(null);
        sort.set(null);
        applyFilter();
        loadIfWanted();
    }

    /** Reads the event's registrants again, as after an import, keeping the search, filter and sort. */
    public void reload(long eventId) {
        if (event == null || event.id() != eventId) {
            return;
        }
        forgetRows();
        applyFilter();
        loadIfWanted();
    }

    /**
     * Reads the event's registrants again after a change made elsewhere or View → Reload: the
     * table keeps its rows until the new ones arrive, then keeps the search, filter, sort and
     * selection. The form, with any edit in it, is left alone. Nothing happens before the
     * rows were first asked for: they will be read fresh then.
     */
    public void reloadKeepingSelection() {
        if (event == null || !requested) {
            return;
        }
        long gen = ++generation;
        long eventId = event.id();
        Set<Long> keep = everyShownSelected.get() || selected.size() > RESELECT_LIMIT ? Set.of()
                : selected.stream().map(RegistrantRow::id).collect(java.util.stream.Collectors.toSet());
        RegistrantSort sortAtStart = sort.get();
        runner.run(Messages.get("registrants.loadingAll"), progress -> readAll(eventId, sortAtStart), list -> {
            if (!install(gen, list)) {
                return;
            }
            if (!keep.isEmpty()) {
                reselect.set(Set.of());
                reselect.set(Set.copyOf(keep));
            }
            refreshCounts();
        }, this::loadFailed);
    }

    private void forgetRows() {
        generation++;
        requested = false;
        all = RegistrantList.empty();
        version++;
        complete.set(false);
        counts.set(null);
        charts.set(null);
        header.set("");
        canPromote.set(false);
    }

    private void loadIfWanted() {
        if (active.get() && event != null && !requested) {
            requested = true;
            load();
        }
    }

    private void load() {
        long gen = generation;
        long eventId = event.id();
        runner.run(Messages.get("registrants.loading"), progress -> service.firstLines(eventId, FIRST_PAGE).stream()
                .map(RegistrantRow::of).toList(), page -> {
                    if (gen != generation) {
                        return;
                    }
                    all = new RegistrantList(page, sort.get());
                    boolean whole = page.size() < FIRST_PAGE;
                    complete.set(whole);
                    changedList();
                    refreshCounts();
                    if (!whole) {
                        loadRest(gen, eventId);
                    }
                }, this::loadFailed);
    }

    /** Every registrant of the event as rows, sorted; off the FX thread. */
    private RegistrantList readAll(long eventId, RegistrantSort sortAtStart) {
        Map<String, String> shared = new HashMap<>();
        List<RegistrantRow> loaded = new ArrayList<>();
        for (RegistrationLine line : service.lines(eventId)) {
            loaded.add(RegistrantRow.of(line, shared));
        }
        return new RegistrantList(loaded, sortAtStart);
    }

    /** Shows a whole list read by {@link #readAll}, unless a newer load was asked for since; false then. */
    private boolean install(long gen, RegistrantList list) {
        if (gen != generation) {
            return false;
        }
        if (!java.util.Objects.equals(list.sort(), sort.get())) {
            list.sort(sort.get());
        }
        all = list;
        complete.set(true);
        changedList();
        return true;
    }

    private void loadRest(long gen, long eventId) {
        RegistrantSort sortAtStart = sort.get();
        runner.run(Messages.get("registrants.loadingAll"), progress -> readAll(eventId, sortAtStart), list -> {
            // The runner does one job at a time: a change saved after this load was queued is
            // applied to the list after it arrives, so nothing saved meanwhile is lost.
            install(gen, list);
        }, this::loadFailed);
    }

    private void loadFailed(Throwable failure) {
        dialogs.showError(Messages.get("registrants.loadFailed"), Messages.reason(failure));
    }

    private void changedList() {
        version++;
        applyFilter();
    }

    /** Shows the rows the search and status filter let through, narrowing the last result when it can. */
    private void applyFilter() {
        String[] words = RegistrantList.words(search.get());
        String text = String.join(" ", words);
        RegistrationStatus status = statusFilter.get();
        List<RegistrantRow> source = shown != null && shown.narrowedBy(text, status, version) ? rows : all.rows();
        List<RegistrantRow> result = RegistrantList.filter(source, words, status);
        rows.setAll(result);
        shown = new Shown(text, status, version);
        if (everyShownSelected.get()) {
            selected.setAll(rows);
        }
        describeShown();
    }

    /** How many registrants the event about to be shown has, as its row in the list says, for "Loading 100,000 registrants…". */
    public void expect(long count) {
        expected = count;
    }

    private void describeEmpty() {
        boolean loading = event != null && !complete.get() && all.size() == 0;
        String status = statusFilter.get() == null ? null : Texts.of(statusFilter.get());
        placeholder.set(org.podium.ui.common.Placeholder.text(loading, expected > 0
                ? Messages.get("registrants.loadingCount", expected) : Messages.get("registrants.loading"),
                search.get(), status != null, "registrants.noMatch", "registrants.noMatchStatus", "registrants.empty"));
    }

    private void describeShown() {
        describeEmpty();
        if (event == null) {
            shownCount.set("");
        } else if (!complete.get()) {
            shownCount.set(Messages.get("registrants.shown.partial", all.size()));
        } else if (search.get().isBlank() && statusFilter.get() == null) {
            // When every row holds a seat or waits for one, the header has counted them already.
            RegistrantCounts c = counts.get();
            shownCount.set(c != null && c.seatsTaken() + c.waitlisted() == all.size() ? ""
                    : Messages.get("registrants.shown.all", all.size()));
        } else {
            shownCount.set(Messages.get("registrants.shown.some", rows.size(), all.size()));
        }
    }

    private void showCounts(RegistrantCounts c) {
        counts.set(c);
        header.set(c.capacity() == null
                ? Messages.get("registrants.header.open", c.seatsTaken(), c.waitlisted())
                : Messages.get("registrants.header.capacity", c.seatsTaken(), c.capacity(), c.waitlisted()));
        canPromote.set(c.promotable() > 0);
        describeShown();
    }

    private void refreshCounts() {
        if (event == null) {
            return;
        }
        long gen = generation;
        long eventId = event.id();
        runner.run(Messages.get("registrants.counting"), progress -> service.counts(eventId), c -> {
            if (gen == generation) {
                showCounts(c);
            }
        }, this::loadFailed);
        loadChartsIfShown();
    }

    private void loadChartsIfShown() {
        if (!chartsShown.get() || event == null || !requested) {
            return;
        }
        long gen = generation;
        long eventId = event.id();
        runner.run(Messages.get("registrants.charting"), progress -> service.charts(eventId), c -> {
            if (gen == generation) {
                charts.set(c);
            }
        }, this::loadFailed);
    }

    /** Gives every selected registrant the status in one step, offering to undo it. */
    public void setStatus(RegistrationStatus status) {
        List<Long> ids = selected.stream().map(RegistrantRow::id).toList();
        if (event == null || ids.isEmpty() || status == null) {
            return;
        }
        long eventId = event.id();
        runner.run(Messages.get("registrants.changing"), progress -> service.setStatus(eventId, ids, status),
                change -> {
                    applyChange(change.eventId(), statusesAfter(change), Set.copyOf(ids));
                    notifier.offerUndoAbout(eventId, Messages.get("registrants.statusSet", change.size(),
                            Texts.of(status)), () -> undo(change));
                }, failure -> dialogs.showError(Messages.get("registrants.changeFailed"), Messages.reason(failure)));
    }

    /** Seats as many waitlisted registrants as there are free seats, in registration order, offering to undo it. */
    public void promote() {
        if (event == null) {
            return;
        }
        long eventId = event.id();
        runner.run(Messages.get("registrants.promoting"), progress -> service.promoteFromWaitlist(eventId), change -> {
            applyChange(change.eventId(), statusesAfter(change), change.previous().keySet());
            if (change.size() == 0) {
                notifier.notify(Messages.get("registrants.promotedNone"));
            } else {
                notifier.offerUndoAbout(eventId, Messages.get("registrants.promoted", change.size()), () -> undo(change));
            }
        }, failure -> dialogs.showError(Messages.get("registrants.changeFailed"), Messages.reason(failure)));
    }

    private static Map<Long, RegistrationStatus> statusesAfter(StatusChange change) {
        Map<Long, RegistrationStatus> after = new HashMap<>();
        change.previous().keySet().forEach(id -> after.put(id, change.status()));
        return after;
    }

    private void undo(StatusChange change) {
        runner.run(Messages.get("registrants.undoing"), progress -> {
            service.undo(change);
            return change;
        }, undone -> {
            applyChange(undone.eventId(), undone.previous(), undone.previous().keySet());
            notifier.notify(Messages.get("registrants.undone", undone.size()));
        }, failure -> dialogs.showError(Messages.get("registrants.changeFailed"), Messages.reason(failure)));
    }

    private void applyChange(long eventId, Map<Long, RegistrationStatus> statuses, Set<Long> keepSelected) {
        if (event == null || event.id() != eventId) {
            return;
        }
        all.setStatuses(statuses);
        changedList();
        // JavaFX's TableView takes time quadratic in the selection to clear it, which the next
        // click does: a selection of tens of thousands is not rebuilt, to spare seconds.
        if (!everyShownSelected.get() && keepSelected.size() <= RESELECT_LIMIT) {
            reselect.set(Set.of());
            reselect.set(Set.copyOf(keepSelected));
        }
        refreshCounts();
        countsChanged.run();
    }

    /** Opens the form empty, for a registrant typed in by hand. */
    public void add() {
        if (event != null) {
            guard.settle(() -> form.loadNew(event.id(), event.zone(), counts.get()));
        }
    }

    /** Opens the form on the registrant of this row. */
    public void edit(RegistrantRow row) {
        if (row == null || event == null) {
            return;
        }
        guard.settle(() -> open(row));
    }

    private void open(RegistrantRow row) {
        ZoneId zone = event.zone();
        runner.run(Messages.get("registrants.opening"), progress -> service.findVersioned(row.id()), found -> found.ifPresentOrElse(
                r -> form.load(r.value(), r.stamp(), zone), () -> dialogs.showError(Messages.get("registrants.loadFailed"),
                        Messages.get("registrants.gone", row.name()))),
                this::loadFailed);
    }

    private void afterSave(Registration stored, boolean added) {
        if (event == null || stored.eventId() != event.id()) {
            return;
        }
        RegistrantRow row = RegistrantRow.of(stored);
        all.put(row);
        changedList();
        refreshCounts();
        countsChanged.run();
        reveal(row);
        String name = row.name();
        if (!added) {
            notifier.notify(Messages.get("registrants.saved", name));
        } else if (stored.status() == RegistrationStatus.WAITLISTED) {
            notifier.notify(Messages.get("registrants.addedWaitlisted", name));
        } else {
            notifier.notify(Messages.get("registrants.added", name));
        }
    }

    /** Shows the registrant who already holds an address, clearing a search or filter that hides them. */
    private void showExisting(Registration existing) {
        RegistrantRow row = all.byId(existing.id()).orElseGet(() -> {
            RegistrantRow fresh = RegistrantRow.of(existing);
            all.put(fresh);
            changedList();
            return fresh;
        });
        if (!rows.contains(row)) {
            search.set("");
            statusFilter.set(null);
        }
        reveal(row);
    }

    private void reveal(RegistrantRow row) {
        revealed.set(null);
        if (rows.contains(row)) {
            revealed.set(row);
        }
    }

    /** The event shown, or null. */
    public Event event() {
        return event;
    }

    /** The zone the event's times are shown in. */
    public ZoneId zone() {
        return event == null ? ZoneId.of("UTC") : event.zone();
    }

    public RegistrantFormViewModel form() { return form; }
    /** The registrant form's unsaved edits, which the event's guard asks about before moving on. */
    public EditGuard guard() { return guard; }
    public BooleanProperty activeProperty() { return active; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<RegistrationStatus> statusFilterProperty() { return statusFilter; }
    public ObjectProperty<RegistrantSort> sortProperty() { return sort; }
    public ObservableList<RegistrantRow> rows() { return rows; }
    /** The rows selected: those the table selects, or every row shown (see {@link #selectEveryShown}). */
    public ObservableList<RegistrantRow> selected() { return selected; }

    /** What the table selects, as the user clicks: this replaces a selection of every row shown. */
    public void tableSelected(List<RegistrantRow> picked) {
        everyShownSelected.set(false);
        selected.setAll(picked);
    }

    /**
     * Selects every row shown, as Ctrl+A does, without the table's own selection: JavaFX takes
     * seconds to clear a selection of 100,000 rows, which the next status change or click
     * would. The selection follows a status change and a sort, and ends with a new search or
     * filter, or a click.
     */
    public void selectEveryShown() {
        everyShownSelected.set(true);
        selected.setAll(rows);
    }

    /** Whether every row shown is selected by {@link #selectEveryShown}; the table marks them all. */
    public ReadOnlyBooleanProperty everyShownSelectedProperty() { return everyShownSelected.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<RegistrantCounts> countsProperty() { return counts.getReadOnlyProperty(); }
    /** "412 / 500 registered · 37 waitlisted". */
    public ReadOnlyStringProperty headerProperty() { return header.getReadOnlyProperty(); }
    /** "12 of 100,000 shown" and the like. */
    public ReadOnlyStringProperty shownCountProperty() { return shownCount.getReadOnlyProperty(); }
    /** Whether every row has been read, not just the first page. */
    public ReadOnlyBooleanProperty completeProperty() { return complete.getReadOnlyProperty(); }
    /** What the empty table says: "Loading 100,000 registrants…", no match for the search or status, or none yet. */
    public ReadOnlyStringProperty placeholderProperty() { return placeholder.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canPromoteProperty() { return canPromote.getReadOnlyProperty(); }
    /** The row the table should select and scroll to, such as the one holding a duplicate address. */
    public ReadOnlyObjectProperty<RegistrantRow> revealedProperty() { return revealed.getReadOnlyProperty(); }
    /** The ids the table should select again after the rows were replaced by a status change. */
    public ReadOnlyObjectProperty<Set<Long>> reselectProperty() { return reselect.getReadOnlyProperty(); }
    public BooleanProperty chartsShownProperty() { return chartsShown; }
    public ReadOnlyObjectProperty<RegistrationCharts> chartsProperty() { return charts.getReadOnlyProperty(); }
}
