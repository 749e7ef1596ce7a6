package org.podium.ui.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;

/**
 * The one place that keeps unsaved edits from being thrown away. Every form registers here;
 * before anything replaces what a form shows (another record, another section, quitting,
 * a new language) the caller asks the guard, which asks the user "Save changes to ‘…’?"
 * (Save, Discard, Cancel) about each form holding edits, and only then goes on.
 * A screen's guard may include others, so the window's guard covers every form.
 */
public final class EditGuard {
    /**
     * Starts saving a form: runs {@code saved} once it is stored, {@code failed} if the book
     * refused it; returns false, starting nothing, if the form is not valid.
     */
    @FunctionalInterface
    public interface Saver {
        boolean save(Runnable saved, Runnable failed);
    }

    /** A form the guard watches: whether it holds edits, what it is called, how to save or drop them. */
    public record Form(ObservableBooleanValue dirty, Supplier<String> name, Saver saver, Runnable discard) {
    }

    private final DialogService dialogs;
    private final List<Form> forms = new ArrayList<>();
    private final List<EditGuard> parts = new ArrayList<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);

    public EditGuard(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    public void register(Form form) {
        forms.add(form);
        // Change listeners, which read each new value: an invalidation is told only once until read.
        form.dirty().addListener((obs, old, now) -> recount());
        recount();
    }

    /** Watches every form of another guard too, as the window's guard does with each screen's. */
    public void include(EditGuard part) {
        parts.add(part);
        part.dirty.addListener((obs, old, now) -> recount());
        recount();
    }

    private void recount() {
        dirty.set(firstDirty().isPresent());
    }

    private Optional<Form> firstDirty() {
        Optional<Form> own = forms.stream().filter(f -> f.dirty().get()).findFirst();
        return own.isPresent() ? own : parts.stream().map(EditGuard::firstDirty).flatMap(Optional::stream).findFirst();
    }

    /** True while any form holds edits not yet saved; the window's title shows a mark. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /**
     * Runs {@code go} once no form holds unsaved edits, asking about each one that does. Runs
     * {@code stay} instead, leaving the edits where they are, when the user cancels, when the
     * form is not valid enough to save, or when the book refuses the save.
     */
    public void settle(Runnable go, Runnable stay) {
        Optional<Form> found = firstDirty();
        if (found.isEmpty()) {
            go.run();
            return;
        }
        Form form = found.get();
        DialogService.SaveChoice choice = dialogs.askToSave(Messages.get("unsaved.title", form.name().get()),
                Messages.get("unsaved.message"));
        switch (choice) {
            case SAVE -> {
                if (!form.saver().save(() -> settle(go, stay), stay)) {
                    stay.run();
                }
            }
            case DISCARD -> {
                form.discard().run();
                // A form that cannot drop its edits would be asked about for ever.
                if (form.dirty().get()) {
                    stay.run();
                } else {
                    settle(go, stay);
                }
            }
            case CANCEL -> stay.run();
        }
    }

    /** {@link #settle(Runnable, Runnable)} where staying needs nothing undone. */
    public void settle(Runnable go) {
        settle(go, () -> { });
    }
}
