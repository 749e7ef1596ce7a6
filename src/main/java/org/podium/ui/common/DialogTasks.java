package org.podium.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The work a book-wide dialog (Trash, Retention, Privacy) runs, one way for each: every task
 * off the FX thread with its failure shown under the dialog's one message, and a change to the
 * book told to the coordinator, then the dialog read again and the window's lists reloaded.
 *
 * @param failedKey the message a failure is shown under, as {@code trash.failed}
 * @param changed   run after a change to the book, so the window's lists reload
 */
public record DialogTasks(String failedKey, TaskRunner runner, DialogService dialogs, Notifier notifier,
                          Runnable changed) {
    /** Runs {@code work}, hands its result to {@code done}, or shows its failure. */
    public <T> void run(String description, TaskRunner.Work<T> work, Consumer<T> done) {
        runner.run(description, work, done, failure -> failed(Messages.reason(failure)));
    }

    /**
     * Runs a change to the book: tells what it did ({@code told}), shows it in the dialog
     * ({@code shown}), then the window's lists reload; or shows its failure.
     */
    public <T> void change(String description, TaskRunner.Work<T> work, Function<T, String> told, Consumer<T> shown) {
        run(description, work, done -> {
            notifier.notify(told.apply(done));
            shown.accept(done);
            changed.run();
        });
    }

    /** Tells the coordinator, as a change does. */
    public void tell(String message) {
        notifier.notify(message);
    }

    /** Shows this reason under the dialog's failure message. */
    public void failed(String reason) {
        dialogs.showError(Messages.get(failedKey), reason);
    }
}
