package org.podium.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The claims on one book, as operating-system locks on two bytes of the side file
 * {@code <book>.lock}, never on the database file itself (SQLite does its own locking there).
 * The system drops the locks when the process ends, however it ends, so a crash leaves no
 * stale claim; the file itself stays, empty of meaning, and is reused next time.
 * <ul>
 * <li>Byte 0, the window: one Podium window per book holds it alone ({@link #tryAcquire}).
 * <li>Byte 1, the writers: every open of the book for writing, the window's and each
 *     command's, holds it shared for as long as the book is open ({@link #forWriting}); a
 *     restore holds it alone ({@link #forRestore}), so it never runs while a write is under
 *     way and no write starts while it runs. See docs/decisions/0006-restore-and-the-book-lock.md.
 * </ul>
 * A process locks the file through one channel only: on most systems closing any channel on a
 * file drops all the process's locks on it, so the holds of one process are counted here.
 */
public final class BookLock implements AutoCloseable {
    /** How long a write waits for a restore by another Podium to finish. */
    public static final Duration WRITER_WAIT = Duration.ofSeconds(60);
    /** How long a restore waits for the writes of another Podium to finish before it gives up. */
    public static final Duration RESTORE_WAIT = Duration.ofSeconds(5);

    private static final long WINDOW = 0;
    private static final long WRITERS = 1;
    private static final long POLL_MS = 50;
    private static final Object GUARD = new Object();
    private static final Map<Path, Side> SIDES = new HashMap<>();

    private final Side side;
    private boolean closed;

    private BookLock(Side side) {
        this.side = side;
    }

    /** The side file that carries the locks of {@code book}. */
    public static Path lockFile(Path book) {
        Path file = book.toAbsolutePath().normalize();
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /**
     * Claims the book for a window; empty if another window (in this process or another) holds it.
     *
     * @throws StoreException when the side file cannot be created at all
     */
    public static Optional<BookLock> tryAcquire(Path book) {
        synchronized (GUARD) {
            Side side = Side.open(book);
            try {
                if (side.windowClaimed) {
                    side.release();
                    return Optional.empty();
                }
                side.window = side.channel.tryLock(WINDOW, 1, false);
                if (side.window == null) {
                    side.release();
                    return Optional.empty();
                }
                // Only a note for a curious person (and a restore's message); the lock is what counts.
                side.channel.truncate(0);
                side.channel.write(ByteBuffer.wrap(("Podium window, process " + ProcessHandle.current().pid() + "\n")
                        .getBytes(StandardCharsets.UTF_8)), 0);
                side.windowClaimed = true;
                return Optional.of(new BookLock(side));
            } catch (IOException e) {
                releaseQuietly(side.window);
                side.window = null;
                side.release();
                throw new StoreException("Cannot lock " + side.file + ": " + BookCopy.reason(e) + ".", e);
            }
        }
    }

    /** " (process N)" for the window that last claimed the book, as its note says, else "". */
    public static String windowProcess(Path book) {
        try {
            String text = Files.readString(lockFile(book), StandardCharsets.UTF_8).strip();
            int at = text.lastIndexOf("process ");
            return at < 0 ? "" : " (" + text.substring(at) + ")";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Whether some window holds the book now (the answer may change at once). */
    public static boolean isHeld(Path book) {
        Optional<BookLock> probe = tryAcquire(book);
        probe.ifPresent(BookLock::close);
        return probe.isEmpty();
    }

    /**
     * Holds the book for writing, shared with every other writer, until closed; waits up to
     * {@code wait} while another Podium restores the book.
     *
     * @throws StoreException when a restore still runs after that, or the side file cannot be made
     */
    public static Hold forWriting(Path book, Duration wait) {
        return await(book, wait, false);
    }

    /**
     * Holds the book alone for a restore, until closed; waits up to {@code wait} while others
     * have it open for writing (a window, a command), then refuses saying who has it.
     *
     * @throws StoreException when the book is still in use after that; nothing was changed
     */
    public static Hold forRestore(Path book, Duration wait) {
        return await(book, wait, true);
    }

    private static Hold await(Path book, Duration wait, boolean alone) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            synchronized (GUARD) {
                Side side = Side.open(book);
                try {
                    if (alone ? side.takeAlone() : side.takeShared()) {
                        return new Hold(side, alone);
                    }
                } catch (IOException e) {
                    side.release();
                    throw new StoreException("Cannot lock " + side.file + ": " + BookCopy.reason(e) + ".", e);
                }
                if (System.nanoTime() - deadline >= 0) {
                    String why = alone ? side.inUse(book) : "The book " + book.toAbsolutePath().normalize()
                            + " is being restored from a backup by another Podium; try again when it has finished.";
                    side.release();
                    throw new StoreException(why + " Nothing was changed.");
                }
                side.release();
            }
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("Stopped while waiting for the book " + book + "; nothing was changed.", e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (GUARD) {
            if (closed) {
                return;
            }
            closed = true;
            side.windowClaimed = false;
            releaseQuietly(side.window);
            side.window = null;
            side.release();
        }
    }

    /** A hold on the writers' byte, shared or alone; closing it lets the others in. */
    public static final class Hold implements AutoCloseable {
        private final Side side;
        private final boolean alone;
        private boolean closed;

        private Hold(Side side, boolean alone) {
            this.side = side;
            this.alone = alone;
        }

        @Override
        public void close() {
            synchronized (GUARD) {
                if (closed) {
                    return;
                }
                closed = true;
                if (alone) {
                    side.restoring = false;
                } else {
                    side.writers--;
                }
                if (side.writers == 0 && !side.restoring) {
                    releaseQuietly(side.writersLock);
                    side.writersLock = null;
                }
                side.release();
            }
        }
    }

    /** This process's channel on one lock file, with what it holds through it; guarded by GUARD. */
    private static final class Side {
        final Path file;
        final Path key;
        final FileChannel channel;
        int users;
        boolean windowClaimed;
        FileLock window;
        int writers;
        boolean restoring;
        FileLock writersLock;

        private Side(Path file, Path key, FileChannel channel) {
            this.file = file;
            this.key = key;
            this.channel = channel;
        }

        static Side open(Path book) {
            Path file = lockFile(book);
            try {
                Files.createDirectories(file.getParent());
                if (!Files.exists(file)) {
                    Files.newByteChannel(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE).close();
                }
                Path key = file.toRealPath();
                Side side = SIDES.get(key);
                if (side == null) {
                    side = new Side(file, key, FileChannel.open(key, StandardOpenOption.READ, StandardOpenOption.WRITE));
                    SIDES.put(key, side);
                }
                side.users++;
                return side;
            } catch (IOException e) {
                throw new StoreException("Cannot create the lock file " + file + ": " + BookCopy.reason(e) + ".", e);
            }
        }

        boolean takeShared() throws IOException {
            if (restoring) {
                return false;
            }
            if (writers == 0) {
                writersLock = channel.tryLock(WRITERS, 1, true);
                if (writersLock == null) {
                    return false;
                }
            }
            writers++;
            return true;
        }

        boolean takeAlone() throws IOException {
            if (restoring || writers > 0) {
                return false;
            }
            writersLock = channel.tryLock(WRITERS, 1, false);
            restoring = writersLock != null;
            return restoring;
        }

        /** Who keeps a restore out, in words. */
        String inUse(Path book) {
            Path shown = book.toAbsolutePath().normalize();
            // A window of this process restoring its own book is kept out by others, not by itself.
            boolean windowElsewhere = false;
            if (!windowClaimed) {
                try {
                    FileLock probe = channel.tryLock(WINDOW, 1, true);
                    windowElsewhere = probe == null;
                    releaseQuietly(probe);
                } catch (IOException e) {
                    // Then the message names no window.
                }
            }
            if (windowElsewhere) {
                return "The book " + shown + " is open in a Podium window" + windowProcess(book) + ": restore it from there"
                        + " (File → Restore…) or close the window first.";
            }
            return "The book " + shown + " is in use by another Podium (a command such as an import has it open);"
                    + " let it finish, or stop it, and try again.";
        }

        void release() {
            users--;
            if (users == 0) {
                SIDES.remove(key);
                try {
                    channel.close();
                } catch (IOException e) {
                    // Nothing is held through a channel that failed to close.
                }
            }
        }
    }

    private static void releaseQuietly(FileLock lock) {
        if (lock == null) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel releases it too.
        }
    }
}
