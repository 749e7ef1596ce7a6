package org.podium.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.podium.service.common.Progress;

/**
 * A task runner for view-model and view tests: runs the work at once on the calling thread, or,
 * once {@link #holding()}, when the test calls {@link #finishHeld()}, as slow work would end. The
 * jobs held when {@link #cancel()} is called find Cancel pressed when they run, as running work would.
 */
public final class InPlaceTaskRunner implements TaskRunner {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final Deque<Consumer<Boolean>> held = new ArrayDeque<>();
    private int heldCancelled;
    private int jobsBeforeCancel = Integer.MAX_VALUE;
    private boolean holding;

    /** From the job after the first {@code jobs} on, the work finds that the user pressed Cancel. */
    public InPlaceTaskRunner cancellingAfter(int jobs) {
        jobsBeforeCancel = jobs;
        return this;
    }

    /** From now on each job waits until {@link #finishHeld()}. */
    public InPlaceTaskRunner holding() {
        holding = true;
        return this;
    }

    /** How many jobs wait. */
    public int heldJobs() {
        return held.size();
    }

    /** Runs the waiting jobs in the order they came, on the calling thread. */
    public void finishHeld() {
        while (!held.isEmpty()) {
            boolean pressed = heldCancelled > 0;
            heldCancelled = Math.max(0, heldCancelled - 1);
            held.poll().accept(pressed);
        }
    }

    @Override
    public <T> void run(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (holding) {
            held.add(pressed -> runNow(work, onSuccess, onFailure, pressed));
        } else {
            runNow(work, onSuccess, onFailure, false);
        }
    }

    private <T> void runNow(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure, boolean pressed) {
        boolean cancel = jobsBeforeCancel-- <= 0 || pressed;
        T result;
        try {
            result = work.run(!cancel ? Progress.NONE : new Progress() {
                @Override
                public void update(long done, long total) {
                }

                @Override
                public boolean cancelled() {
                    return true;
                }
            });
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public void cancel() {
        heldCancelled = held.size();
    }
}
