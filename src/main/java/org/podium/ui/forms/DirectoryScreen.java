package org.podium.ui.forms;

import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.UndoableDelete;

/**
 * What a directory screen (People, Organisations) does around its list and its form, one way
 * for both: reading the list, choosing a row once the form's edits are settled, telling of a
 * save and showing the saved record, and letting go of a deleted one. The screen adds what is
 * its own: how a row is read and shown, and what deleting asks first. Messages come from the
 * screen's keys: {@code .loadFailed}, {@code .saved}, and those of {@link ListAndForm} and
 * {@link UndoableDelete}.
 *
 * @param <R> one row of the list
 * @param <T> the record the form edits
 * @param <F> the form
 */
public abstract class DirectoryScreen<R, T, F extends DirectoryScreen.Form<T>> {
    /** The form beside the list, as the screen needs it. */
    public interface Form<T> {
        ReadOnlyBooleanProperty dirtyProperty();

        /** What the form holds, as a question about unsaved edits names it. */
        String name();

        /** Whether the form shows the stored record of this id. */
        boolean editing(long id);

        /** Shows this record, or an empty form for a new one when {@code null}. */
        void load(T record);

        /** Saves, handing the stored record to {@code onSaved}; false when nothing could be sent. */
        boolean save(Consumer<T> onSaved, Runnable onFailed);

        void revert();
    }

    protected final TaskRunner runner;
    protected final DialogService dialogs;
    protected final F form;
    protected final ListAndForm<R> list;
    private final Notifier notifier;
    private final Runnable onChanged;
    private final String keys;
    private final EditGuard guard;
    private final ToLongFunction<T> recordId;
    private final Function<T, String> recordName;

    /**
     * @param keys      the screen's message keys start with this, as {@code people}
     * @param onChanged  runs after a record is saved, deleted or restored, so other screens showing them reload
     * @param recordName the record as the "saved" message names it
     */
    protected DirectoryScreen(String keys, F form, TaskRunner runner, DialogService dialogs, Notifier notifier,
                              Runnable onChanged, ObservableValue<String> search, BiPredicate<R, String> matches,
                              ToLongFunction<R> id, ToLongFunction<T> recordId, Function<T, String> recordName) {
        this.keys = keys;
        this.form = form;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.onChanged = onChanged;
        this.recordId = recordId;
        this.recordName = recordName;
        this.guard = new EditGuard(dialogs);
        guard.register(new EditGuard.Form(form.dirtyProperty(), form::name, this::saveBeforeMoving, form::revert));
        this.list = new ListAndForm<>(keys, search, matches, id, form.dirtyProperty(), guard);
        list.onShow(this::show);
    }

    /** Reads the list off the FX thread, then selects the row with id {@code keep} (else the first). */
    protected abstract void refresh(long keep);

    /** Shows this row (none when {@code null}) beside the list; {@code keepingEdits} as {@link ListAndForm} says. */
    protected abstract void show(R row, boolean keepingEdits);

    /** Reloads the list, keeping the selected row (and showing it again). */
    public void refresh() {
        refresh(list.selectedId());
    }

    /**
     * View → Reload, and what a change made elsewhere triggers: as {@link #refresh}, but a form
     * with unsaved edits is left as the coordinator has it.
     */
    public void reload() {
        list.keepEdits();
        refresh();
    }

    /** Runs {@code work} off the FX thread under {@code description}; a failure is told as {@code .loadFailed}. */
    protected <V> void load(String description, TaskRunner.Work<V> work, Consumer<V> loaded) {
        runner.run(description, work, loaded,
                failure -> dialogs.showError(Messages.get(keys + ".loadFailed"), Messages.reason(failure)));
    }

    /** Whether the record just read may replace what the form shows: a reload never overwrites edits not yet saved. */
    protected boolean mayLoad(long id, boolean keepingEdits) {
        return !form.editing(id) && !(keepingEdits && form.dirtyProperty().get());
    }

    /** Opens an empty form for a new record, once the edits in the form are settled. */
    protected void create() {
        list.create(() -> form.load(null));
    }

    /** Shows this row, as a click in the list does, once the form's edits are saved or discarded. */
    public void choose(R row, Runnable stay) {
        list.choose(row, stay);
    }

    /** Selects the row with this id if it is in the list. */
    public void select(long id) {
        list.select(id);
    }

    private boolean saveBeforeMoving(Runnable saved, Runnable failed) {
        return form.save(record -> saved(record, saved), failed);
    }

    /** The form's unsaved edits, which the window asks about before moving on. */
    public EditGuard guard() {
        return guard;
    }

    /** After the form saved a record: show it selected in the refreshed list. */
    public void saved(T record) {
        saved(record, () -> { });
    }

    /** Tells of the save, lets {@code then} move on, and shows the row then selected, else the record saved. */
    private void saved(T record, Runnable then) {
        list.created();
        notifier.notify(Messages.get(keys + ".saved", recordName.apply(record)));
        then.run();
        refresh(list.selectedId() < 0 ? recordId.applyAsLong(record) : list.selectedId());
        onChanged.run();
    }

    /** Deleting with undo, under the screen's keys; pass it {@link #deleted} and {@link #restored}. */
    protected UndoableDelete undoableDelete() {
        return new UndoableDelete(runner, dialogs, notifier, keys);
    }

    /** The record of this id has gone: the form lets go of it and the list is read again. */
    protected void deleted(long id) {
        if (form.editing(id)) {
            form.revert();
        }
        refresh(-1);
        onChanged.run();
    }

    /** The record of this id is back: the list is read again with it selected. */
    protected void restored(long id) {
        refresh(id);
        onChanged.run();
    }

    public ObservableList<R> rows() {
        return list.rows();
    }

    public ObjectProperty<R> selectedProperty() {
        return list.selectedProperty();
    }

    /** What the empty table says: loading, nothing matching the search, or none yet. */
    public StringBinding placeholderProperty() {
        return list.placeholderProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return list.creatingProperty();
    }

    public F form() {
        return form;
    }
}
