package org.podium.ui.forms;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.FakeDialogService;

import static org.assertj.core.api.Assertions.assertThat;

/** The guard alone, over forms that record what is done to them: every answer to "Save changes?". */
class EditGuardTest {
    private final FakeDialogService dialogs = new FakeDialogService();
    private final EditGuard guard = new EditGuard(dialogs);
    private final List<String> done = new ArrayList<>();

    /** A form that saves as told: valid or not, stored or refused. */
    private final class Form {
        final SimpleBooleanProperty dirty = new SimpleBooleanProperty(false);
        boolean valid = true;
        boolean refused;

        Form(String name, EditGuard into) {
            into.register(new EditGuard.Form(dirty, () -> name, (saved, failed) -> {
                if (!valid) {
                    return false;
                }
                done.add("save " + name);
                if (refused) {
                    failed.run();
                } else {
                    dirty.set(false);
                    saved.run();
                }
                return true;
            }, () -> {
                done.add("discard " + name);
                dirty.set(false);
            }));
        }
    }

    private void settle() {
        guard.settle(() -> done.add("go"), () -> done.add("stay"));
    }

    @Test
    void withNothingUnsavedItGoesOnWithoutAsking() {
        new Form("Webinar", guard);
        settle();
        assertThat(done).containsExactly("go");
        assertThat(dialogs.saveQuestions).isEmpty();
    }

    @Test
    void cancelStaysWithTheEdits() {
        Form form = new Form("Webinar", guard);
        form.dirty.set(true);
        dialogs.answeringSave(DialogService.SaveChoice.CANCEL);
        settle();
        assertThat(done).containsExactly("stay");
        assertThat(form.dirty.get()).isTrue();
        assertThat(dialogs.saveQuestions).containsExactly(
                "Save changes to ‘Webinar’?: If you don’t save them, your changes are lost.");
    }

    @Test
    void discardDropsTheEditsThenGoesOn() {
        Form form = new Form("Webinar", guard);
        form.dirty.set(true);
        dialogs.answeringSave(DialogService.SaveChoice.DISCARD);
        settle();
        assertThat(done).containsExactly("discard Webinar", "go");
    }

    @Test
    void saveStoresTheEditsThenGoesOn() {
        Form form = new Form("Webinar", guard);
        form.dirty.set(true);
        dialogs.answeringSave(DialogService.SaveChoice.SAVE);
        settle();
        assertThat(done).containsExactly("save Webinar", "go");
    }

    @Test
    void aSaveThatIsNotValidOrIsRefusedStaysOnTheForm() {
        Form form = new Form("Webinar", guard);
        form.dirty.set(true);
        form.valid = false;
        dialogs.answeringSave(DialogService.SaveChoice.SAVE);
        settle();
        assertThat(done).containsExactly("stay");

        done.clear();
        form.valid = true;
        form.refused = true;
        settle();
        assertThat(done).containsExactly("save Webinar", "stay");
        assertThat(form.dirty.get()).isTrue();
    }

    @Test
    void theWindowsGuardAsksAboutEveryScreensFormsAndMarksThemDirty() {
        EditGuard events = new EditGuard(dialogs);
        EditGuard people = new EditGuard(dialogs);
        Form event = new Form("Webinar", events);
        Form person = new Form("Liam Patuzzi", people);
        guard.include(events);
        guard.include(people);
        assertThat(guard.dirtyProperty().get()).isFalse();

        person.dirty.set(true);
        assertThat(guard.dirtyProperty().get()).isTrue();
        event.dirty.set(true);
        dialogs.answeringSave(DialogService.SaveChoice.DISCARD);
        settle();

        assertThat(done).containsExactly("discard Webinar", "discard Liam Patuzzi", "go");
        assertThat(guard.dirtyProperty().get()).isFalse();
    }
}
