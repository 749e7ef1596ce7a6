package org.podium.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.podium.service.common.Progress;

/**
 * Runs file and database work off the FX thread, reporting progress to the status bar, and
 * always hands back either the result or the failure on the FX thread.
 */
public interface TaskRunner {
    /** Work that may report progress and check for cancellation. */
    @FunctionalInterface
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    <T> void run(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    ReadOnlyBooleanProperty busyProperty();

    /** What is running now, for the status bar; empty when idle. */
    ReadOnlyStringProperty messageProperty();

    /** From 0 to 1, or -1 when the work cannot say how far it is. */
    ReadOnlyDoubleProperty progressProperty();

    /** Asks the running work to stop at its next check. */
    void cancel();
}
