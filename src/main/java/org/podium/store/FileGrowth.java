package org.podium.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Watches a file SQLite writes in one statement ({@code VACUUM INTO}) grow, from a small daemon
 * thread, and reports its size of the expected total a few times a second; the total itself
 * is reported only by whoever knows the work is done. Nothing is started for {@link CopyProgress#NONE}.
 */
final class FileGrowth implements AutoCloseable {
    private static final long POLL_MS = 100;
    private final Thread watcher;

    private FileGrowth(Thread watcher) {
        this.watcher = watcher;
    }

    static FileGrowth watch(Path file, long total, CopyProgress progress) {
        if (progress == CopyProgress.NONE) {
            return new FileGrowth(null);
        }
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    progress.update(Math.min(sizeOf(file), Math.max(0, total - 1)), total);
                    Thread.sleep(POLL_MS);
                }
            } catch (InterruptedException e) {
                // Closed: the statement ended.
            }
        }, "podium-copy-progress");
        t.setDaemon(true);
        t.start();
        return new FileGrowth(t);
    }

    /** The size of {@code file} and its side journal, 0 for a file not there (yet). */
    static long sizeOf(Path file) {
        long size = 0;
        for (Path p : new Path[] {file, file.resolveSibling(file.getFileName() + "-wal")}) {
            try {
                size += Files.size(p);
            } catch (IOException e) {
                // Not written yet, or already gone: nothing to count.
            }
        }
        return size;
    }

    /** Stops the watcher and waits for it, so no report arrives after this returns. */
    @Override
    public void close() {
        if (watcher == null) {
            return;
        }
        watcher.interrupt();
        try {
            watcher.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
