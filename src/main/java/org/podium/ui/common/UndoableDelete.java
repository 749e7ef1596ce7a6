package org.podium.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Deleting from a list screen with undo, one way for events, people and organisations: the
 * delete runs off the FX thread, the screen lets go of what went, and an undo is offered that
 * restores it. Messages come from the screen's keys: {@code .deleting}, {@code .deleted},
 * {@code .deleteFailed}, {@code .restoring}, {@code .restoreFailed}.
 */
public record UndoableDelete(TaskRunner runner, DialogService dialogs, Notifier notifier, String keys) {
    /**
     * Deletes, then runs {@code deleted} and offers to undo; the undo runs {@code restore} on
     * what went and hands what came back to {@code restored}.
     *
     * @param name what went, as the "deleted" message names it
     */
    public <G, B> void run(TaskRunner.Work<G> delete, Consumer<G> deleted, Function<G, String> name,
                           Function<G, TaskRunner.Work<B>> restore, Consumer<B> restored) {
        runner.run(Messages.get(keys + ".deleting"), delete, gone -> {
            deleted.accept(gone);
            notifier.offerUndo(Messages.get(keys + ".deleted", name.apply(gone)), () ->
                    runner.run(Messages.get(keys + ".restoring"), restore.apply(gone), restored,
                            failure -> dialogs.showError(Messages.get(keys + ".restoreFailed"), Messages.reason(failure))));
        }, failure -> dialogs.showError(Messages.get(keys + ".deleteFailed"), Messages.reason(failure)));
    }
}
