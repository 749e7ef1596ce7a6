package org.podium.service.book;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.podium.store.BookWatch;
import org.podium.store.BookDatabase;
import org.podium.store.Database;

/**
 * Watches the book for commits made elsewhere (a command-line import, another program) and
 * says so, about once a second, from a background thread of its own: the window then reloads
 * what it shows. Nothing here touches the window's thread; the caller hands the news over.
 */
public final class BookChanges implements AutoCloseable {
    /** How often the book is looked at: a change shows within about this long. */
    public static final Duration EVERY = Duration.ofSeconds(1);

    private final BookDatabase db;
    private BookWatch watch;
    private ScheduledExecutorService poller;

    public BookChanges(BookDatabase db) {
        this.db = db;
    }

    /**
     * Whether another connection committed since the last look. The first look starts the
     * watch and answers false; tests call this directly instead of {@link #start}.
     */
    public synchronized boolean poll() {
        if (!(db instanceof Database laptop)) {
            return false; // a team book's server tells of changes itself: not watched here yet
        }
        if (watch == null) {
            watch = BookWatch.on(laptop);
            return false;
        }
        return watch.changedElsewhere();
    }

    /**
     * Looks every {@link #EVERY} on a named daemon thread, running {@code onChange} (on that
     * thread) after each change found elsewhere, and {@code onFailure} once if looking fails,
     * which ends the watching.
     */
    public synchronized void start(Runnable onChange, Consumer<RuntimeException> onFailure) {
        if (poller != null) {
            return;
        }
        poll();
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "podium-book-changes");
            t.setDaemon(true);
            return t;
        });
        ScheduledExecutorService mine = poller;
        mine.scheduleWithFixedDelay(() -> {
            try {
                if (poll()) {
                    onChange.run();
                }
            } catch (RuntimeException e) {
                mine.shutdown();
                onFailure.accept(e);
            }
        }, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops looking and lets the book's watch connection go; the book closes it this way before closing. */
    @Override
    public void close() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = poller;
            poller = null;
        }
        if (stopping != null) {
            stopping.shutdownNow();
            try {
                stopping.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            if (watch != null) {
                watch.close();
                watch = null;
            }
        }
    }
}
