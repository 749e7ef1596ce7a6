package org.podium.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.podium.service.common.Progress;

/** Runs work on named daemon threads, one job at a time, so writes to the book never race. */
public final class FxTaskRunner implements TaskRunner {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "podium-task-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    @Override
    public <T> void run(String description, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.incrementAndGet();
        busy.set(true);
        message.set(description);
        progress.set(-1);
        executor.execute(() -> {
            cancelRequested.set(false);
            Progress reporter = new Progress() {
                @Override
                public void update(long done, long total) {
                    double value = total <= 0 ? -1 : Math.min(1.0, (double) done / total);
                    Platform.runLater(() -> progress.set(value));
                }

                @Override
                public boolean cancelled() {
                    return cancelRequested.get();
                }
            };
            try {
                T result = work.run(reporter);
                Platform.runLater(() -> {
                    finish();
                    onSuccess.accept(result);
                });
            } catch (Throwable failure) {
                Platform.runLater(() -> {
                    finish();
                    onFailure.accept(failure);
                });
            }
        });
    }

    private void finish() {
        if (running.decrementAndGet() == 0) {
            busy.set(false);
            message.set("");
            progress.set(0);
        }
    }

    @Override
    public void cancel() {
        cancelRequested.set(true);
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
}
