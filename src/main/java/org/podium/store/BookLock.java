package org.podium.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The claim of one Podium window on one book: an operating-system lock on the side file
 * {@code <book>.lock}, never on the database file itself (SQLite does its own locking there).
 * The system drops the lock when the process ends, however it ends, so a crash leaves no
 * stale claim; the file itself stays, empty of meaning, and is reused next time.
 */
public final class BookLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private BookLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The side file that carries the lock of {@code book}. */
    public static Path lockFile(Path book) {
        Path file = book.toAbsolutePath().normalize();
        return file.resolveSibling(file.getFileName() + ".lock");
    }

    /**
     * Claims the book; empty if another window (in this process or another) holds it.
     *
     * @throws StoreException when the side file cannot be created at all
     */
    public static Optional<BookLock> tryAcquire(Path book) {
        Path file = lockFile(book);
        FileChannel channel = null;
        try {
            java.nio.file.Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            // Only a note for a curious person; the lock, not the text, is what counts.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(("Podium window, process " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            return Optional.of(new BookLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("Cannot create the lock file " + file + ": " + Snapshot.reason(e) + ".", e);
        }
    }

    /** Whether some window holds the book now (the answer may change at once). */
    public static boolean isHeld(Path book) {
        Optional<BookLock> probe = tryAcquire(book);
        probe.ifPresent(BookLock::close);
        return probe.isEmpty();
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it too.
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing is held through a channel that failed to close.
        }
    }
}
