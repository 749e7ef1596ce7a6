package org.podium.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialogTasksTest {
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeNotifier notifier = new FakeNotifier();
    private final List<String> order = new ArrayList<>();
    private final DialogTasks tasks = new DialogTasks("trash.failed", new InPlaceTaskRunner(), dialogs, notifier,
            () -> order.add("lists reloaded, told: " + notifier.messages));

    @Test
    void aChangeIsToldThenShownInTheDialogThenTheWindowsListsReload() {
        tasks.change("Restoring", progress -> "Webinar", name -> "Restored " + name,
                name -> order.add("dialog shows " + name + ", told: " + notifier.messages));

        assertThat(order).containsExactly("dialog shows Webinar, told: [Restored Webinar]",
                "lists reloaded, told: [Restored Webinar]");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFailedChangeIsShownUnderTheDialogsMessageAndNothingIsToldOrReloaded() {
        tasks.change("Restoring", progress -> {
            throw new IllegalStateException("the book is locked");
        }, name -> "Restored " + name, name -> order.add("shown"));

        assertThat(dialogs.errors).containsExactly(Messages.get("trash.failed") + ": the book is locked");
        assertThat(notifier.messages).isEmpty();
        assertThat(order).isEmpty();
    }
}
