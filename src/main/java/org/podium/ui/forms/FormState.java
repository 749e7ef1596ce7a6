package org.podium.ui.forms;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;

/**
 * What every form's view model keeps beside its fields: whether it holds edits not yet saved,
 * whether its errors are shown yet (a new form shows none until the coordinator types in it or
 * asks to save), and whether it is being filled, which is no edit.
 */
public final class FormState {
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper errorsShown = new ReadOnlyBooleanWrapper(false);
    private final Runnable revalidate;
    private boolean filling;

    /** @param revalidate checks every field again, after an edit and after the form is filled */
    public FormState(Runnable revalidate) {
        this.revalidate = revalidate;
    }

    /**
     * Makes a change to any of {@code fields} an edit. A value set again equal to the one it
     * replaces is none: a date picker sets its date anew, equal, whenever its popup closes or it
     * loses the focus, and the coordinator who only looked at the calendar has nothing to save.
     */
    @SuppressWarnings("unchecked")
    public void watch(Observable... fields) {
        for (Observable field : fields) {
            if (field instanceof ObservableValue<?> value) {
                // A change listener hears only of a value that is not equal to the one before.
                ((ObservableValue<Object>) value).addListener((obs, old, now) -> changed());
            } else {
                field.addListener(x -> changed());
            }
        }
    }

    /** An edit: the form is dirty, shows its errors and is checked again; while it is being filled, nothing. */
    public void changed() {
        if (filling) {
            return;
        }
        dirty.set(true);
        errorsShown.set(true);
        revalidate.run();
    }

    /** Runs {@code change} to the fields as no edit of the coordinator's. */
    public void quietly(Runnable change) {
        boolean was = filling;
        filling = true;
        try {
            change.run();
        } finally {
            filling = was;
        }
    }

    /** Fills the fields as no edit; the form is then clean, shows its errors if {@code showErrors}, and is checked. */
    public void fill(Runnable fields, boolean showErrors) {
        quietly(fields);
        clean(showErrors);
        revalidate.run();
    }

    /** The form as it stands is clean: nothing to save, its errors shown only if {@code showErrors}. */
    public void clean(boolean showErrors) {
        dirty.set(false);
        errorsShown.set(showErrors);
    }

    public boolean filling() {
        return filling;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Saving was asked for: every error shows from now on. */
    public void showErrors() {
        errorsShown.set(true);
    }

    /** {@code error} while the form shows its errors, else empty. */
    public ObservableStringValue shown(ObservableStringValue error) {
        return Bindings.when(errorsShown).then(error).otherwise("");
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorsShownProperty() {
        return errorsShown.getReadOnlyProperty();
    }
}
