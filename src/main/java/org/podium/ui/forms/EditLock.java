package org.podium.ui.forms;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.podium.domain.Versioned;
import org.podium.service.common.EditConflictException;

/**
 * A form's optimistic lock: the version of the record it opened, which each save is made
 * against, and the conflict to show when someone else saved the record meanwhile. Resolving
 * puts the chosen values of theirs into the form, leaves the user's edits in it, and moves the
 * lock to their version, so the next save neither loses their change unseen nor the user's.
 */
public final class EditLock<R> {
    private final Class<R> type;
    private final List<EditConflict.Field<R>> fields;
    private Versioned<R> opened;
    private final ObjectProperty<EditConflict<R>> conflict = new SimpleObjectProperty<>();

    public EditLock(Class<R> type, List<EditConflict.Field<R>> fields) {
        this.type = type;
        this.fields = List.copyOf(fields);
    }

    /** The form now shows this stored record; null for a new one, which has no version yet. */
    public void opened(Versioned<R> stored) {
        opened = stored;
        conflict.set(null);
    }

    /** The stored record the form opened (or took theirs from), with its stamp; null for a new one. */
    public Versioned<R> opened() {
        return opened;
    }

    /** The version saves are made against; null when the form holds a new record. */
    public Long expectedVersion() {
        return opened == null ? null : opened.version();
    }

    /**
     * True if a save failed because someone else saved the record since it was opened: the
     * conflict is then shown, comparing what was opened, {@code mine} and theirs.
     */
    public boolean caught(Throwable failure, R mine) {
        if (!(failure instanceof EditConflictException e) || opened == null || mine == null) {
            return false;
        }
        conflict.set(EditConflict.of(opened.value(), mine, e.theirs(type), fields));
        return true;
    }

    /** Applies the user's choices to the form, moves the lock to their version and runs {@code save}. */
    public void resolve(Runnable save) {
        EditConflict<R> shown = conflict.get();
        if (shown == null) {
            return;
        }
        shown.apply();
        opened = shown.theirs();
        conflict.set(null);
        save.run();
    }

    /** Hides the conflict, keeping the form as it is; a later save meets the conflict again. */
    public void dismiss() {
        conflict.set(null);
    }

    /** The conflict shown, or null. */
    public ReadOnlyObjectProperty<EditConflict<R>> conflictProperty() {
        return conflict;
    }
}
