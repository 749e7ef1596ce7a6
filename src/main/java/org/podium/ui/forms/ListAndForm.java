package org.podium.ui.forms;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Placeholder;

/**
 * The state a directory screen (People, Organisations) keeps beside its form: the rows the
 * search lets through, the selected row, a new record being created, and which row to show
 * after the list is read again without losing edits not yet saved.
 *
 * @param <R> one row of the list
 */
public final class ListAndForm<R> {
    private final ObservableList<R> all = FXCollections.observableArrayList();
    private final FilteredList<R> shown = new FilteredList<>(all);
    private final ObjectProperty<R> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    /** A new record was saved and the list is being read again with it. */
    private boolean created;
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final StringBinding placeholder;
    private final ToLongFunction<R> id;
    private final ObservableBooleanValue dirty;
    private final EditGuard guard;
    private boolean keepEdits;
    private BiConsumer<R, Boolean> show = (row, keeping) -> { };

    /**
     * @param keys    the screen's message keys start with this, as {@code people}: {@code .loading},
     *                {@code .noMatch}, {@code .empty}
     * @param matches whether a row answers the search text
     * @param dirty   whether the form holds edits not yet saved
     */
    public ListAndForm(String keys, ObservableValue<String> search, BiPredicate<R, String> matches,
                       ToLongFunction<R> id, ObservableBooleanValue dirty, EditGuard guard) {
        this.id = id;
        this.dirty = dirty;
        this.guard = guard;
        search.addListener((obs, old, text) -> shown.setPredicate(row -> matches.test(row, text)));
        placeholder = Bindings.createStringBinding(() -> Placeholder.text(!loaded.get(), Messages.get(keys + ".loading"),
                search.getValue(), false, keys + ".noMatch", keys + ".empty", keys + ".empty"), loaded, search);
        selected.addListener((obs, old, row) -> shown(row, false));
    }

    /** What shows the selected row in the form; {@code true} when edits not yet saved are to be kept. */
    public void onShow(BiConsumer<R, Boolean> show) {
        this.show = show;
    }

    private void shown(R row, boolean keeping) {
        if (row != null) {
            creating.set(false);
        }
        show.accept(row, keeping);
    }

    /** The selected row's id, or -1 when none is. */
    public long selectedId() {
        return selected.get() == null ? -1 : id.applyAsLong(selected.get());
    }

    /** The next reading of the list leaves a form with unsaved edits as the coordinator has it. */
    public void keepEdits() {
        keepEdits = true;
    }

    /**
     * Takes the rows just read: selects the row with id {@code keep}, else the first shown, and
     * shows it again if it was already selected. While a new record is being written, or while
     * the form has edits to a row that has gone, the form is left alone.
     */
    public void read(List<R> rows, long keep) {
        all.setAll(rows);
        loaded.set(true);
        boolean keeping = keepEdits;
        keepEdits = false;
        boolean justCreated = created;
        created = false;
        if (creating.get() && !justCreated) {
            return;
        }
        try {
            Optional<R> kept = all.stream().filter(r -> id.applyAsLong(r) == keep).findFirst();
            if (kept.isEmpty() && dirty.get()) {
                return;
            }
            R now = kept.orElse(shown.isEmpty() ? null : shown.get(0));
            if (now != null && now.equals(selected.get())) {
                shown(now, keeping);
            } else {
                selected.set(now);
            }
        } finally {
            // Whatever is shown now, the record saved is no longer being created.
            creating.set(false);
        }
    }

    /** Opens the empty form once the edits in the form are settled. */
    public void create(Runnable emptyForm) {
        guard.settle(() -> {
            creating.set(true);
            selected.set(null);
            emptyForm.run();
        });
    }

    /** Shows this row, as a click in the list does, once the form's edits are saved or discarded. */
    public void choose(R row, Runnable stay) {
        if (!creating.get() && Objects.equals(selected.get(), row)) {
            return;
        }
        guard.settle(() -> selected.set(row), stay);
    }

    /** Selects the row with this id if it is in the list. */
    public void select(long wanted) {
        all.stream().filter(r -> id.applyAsLong(r) == wanted).findFirst().ifPresent(row -> choose(row, () -> { }));
    }

    /**
     * The new record is saved: it stops being created once the list is read again with it, and
     * the form shows it from then on. Until then the form stays as it is, in the window, so the
     * field being typed in keeps the focus and what is typed next goes on into it.
     */
    public void created() {
        created = creating.get();
    }

    public ObservableList<R> rows() {
        return shown;
    }

    public ObjectProperty<R> selectedProperty() {
        return selected;
    }

    /** What the empty table says: loading, nothing matching the search, or none yet. */
    public StringBinding placeholderProperty() {
        return placeholder;
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }
}
