package org.podium.service.book;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.podium.store.BookDatabase;
import org.podium.store.ChangeWatch;
import org.podium.store.ConnectionLostException;

/**
 * Watches the book for commits made elsewhere (a command-line import, another program, another
 * coordinator on a team book) and says so, about once a second, from a background thread of its
 * own: the window then reloads what it shows. When a team book's server goes away, or is too
 * busy to take a connection, it says so once, tries again every {@link #RETRY}, and says when
 * it is back. Nothing here touches the
 * window's thread; the caller hands the news over.
 */
public final class BookChanges implements AutoCloseable {
    /** How often the book is looked at: a change shows within about this long. */
    public static final Duration EVERY = Duration.ofSeconds(1);
    /** How often a lost server is tried again. */
    public static final Duration RETRY = Duration.ofSeconds(3);

    /** What the watching finds, told on the watching thread. */
    public interface Listener {
        /** Someone else changed the book: read it again. */
        void changed();

        /** The book's server ({@code host:port}) cannot be reached; the watching goes on trying. */
        void lost(String server);

        /**
         * The book's server ({@code host:port}) is there but takes no more connections now (too
         * many clients, starting up); the watching goes on trying, as for {@link #lost}.
         */
        default void busy(String server) {
            lost(server);
        }

        /** The server is reached again; {@link #changed} follows, as anything may have changed meanwhile. */
        void back();

        /** Looking failed for another reason; the watching has ended. */
        void failed(RuntimeException failure);
    }

    private final BookDatabase db;
    private ChangeWatch watch;
    /** While the server is away, whether it was last said busy (else lost); null while it is there. */
    private Boolean away;
    private ScheduledExecutorService poller;

    public BookChanges(BookDatabase db) {
        this.db = db;
    }

    /**
     * Whether another connection committed since the last look. The first look starts the
     * watch and answers false; tests call this directly instead of {@link #start}.
     */
    public synchronized boolean poll() {
        if (watch == null) {
            watch = db.watch();
            return false;
        }
        return watch.changedElsewhere();
    }

    /**
     * One look, its news told to {@code listener}; answers how long to wait before the next
     * look, or null when the watching must end. Tests call this directly instead of {@link #start}.
     */
    public synchronized Duration look(Listener listener) {
        try {
            boolean changed = poll();
            if (away != null) {
                away = null;
                listener.back();
                changed = true;
            }
            if (changed) {
                listener.changed();
            }
            return EVERY;
        } catch (ConnectionLostException e) {
            // Said once, and again only if a lost line turns into a busy server or back.
            if (away == null || away != e.busy()) {
                away = e.busy();
                if (e.busy()) {
                    listener.busy(e.server());
                } else {
                    listener.lost(e.server());
                }
            }
            return RETRY;
        } catch (RuntimeException e) {
            listener.failed(e);
            return null;
        }
    }

    /**
     * Looks every {@link #EVERY} (every {@link #RETRY} while the server is lost) on a named
     * daemon thread, the first look included, so not even starting the watch runs on the
     * caller's thread.
     */
    public synchronized void start(Listener listener) {
        if (poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "podium-book-changes");
            t.setDaemon(true);
            return t;
        });
        next(poller, listener, Duration.ZERO);
    }

    private void next(ScheduledExecutorService on, Listener listener, Duration after) {
        try {
            on.schedule(() -> {
                Duration again = look(listener);
                if (again != null) {
                    next(on, listener, again);
                }
            }, after.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // The watching was stopped meanwhile.
        }
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
