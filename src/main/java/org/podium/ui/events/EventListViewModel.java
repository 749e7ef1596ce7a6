package org.podium.ui.events;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.podium.service.EventDetails;
import org.podium.service.EventService;
import org.podium.service.EventSummary;
import org.podium.service.Formats;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.Texts;

/**
 * The event list and the selected event's details: upcoming first, then past, filtered by
 * the shell's search text.
 */
public final class EventListViewModel {
    private final EventService events;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ObservableList<EventRow> all = FXCollections.observableArrayList();
    private final FilteredList<EventRow> shown = new FilteredList<>(all);
    private final ObjectProperty<EventRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Optional<EventDetails>> details = new SimpleObjectProperty<>(Optional.empty());
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    public EventListViewModel(EventService events, TaskRunner runner, DialogService dialogs,
                              ObservableValue<String> search) {
        this.events = events;
        this.runner = runner;
        this.dialogs = dialogs;
        search.addListener((obs, old, text) -> shown.setPredicate(row -> matches(row, text)));
        selected.addListener((obs, old, row) -> loadDetails(row));
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
        long keep = selected.get() == null ? -1 : selected.get().id();
        runner.run(Messages.get("events.loading"), progress -> events.list(), summaries -> {
            all.setAll(summaries.stream().map(EventListViewModel::row).toList());
            loaded.set(true);
            all.stream().filter(r -> r.id() == keep).findFirst().ifPresentOrElse(selected::set,
                    () -> selected.set(shown.isEmpty() ? null : shown.get(0)));
        }, failure -> dialogs.showError(Messages.get("events.loadFailed"), failure.getMessage()));
    }

    private void loadDetails(EventRow row) {
        if (row == null) {
            details.set(Optional.empty());
            return;
        }
        runner.run(Messages.get("events.loadingOne", row.title()), progress -> events.details(row.id()),
                details::set,
                failure -> dialogs.showError(Messages.get("events.loadFailed"), failure.getMessage()));
    }

    static EventRow row(EventSummary s) {
        Locale locale = Messages.locale();
        return new EventRow(s.event().id(), s.event().title(), s.event().subtitle(),
                Formats.compactStart(s.event(), locale), s.shownStatus(), Texts.of(s.shownStatus()),
                s.registrants(), s.upcoming(), String.valueOf(s.event().seriesId()));
    }

    public ObservableList<EventRow> rows() {
        return shown;
    }

    /** How many events the book holds, before the search filter. */
    public int totalCount() {
        return all.size();
    }

    public ObjectProperty<EventRow> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Optional<EventDetails>> detailsProperty() {
        return details;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    List<EventRow> allRows() {
        return List.copyOf(all);
    }
}
