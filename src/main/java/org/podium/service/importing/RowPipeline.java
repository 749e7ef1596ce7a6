package org.podium.service.importing;

import org.podium.service.common.CancelledException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import org.podium.exchange.csv.ReadRow;
import org.podium.exchange.csv.RowReader;

/**
 * Reads and checks a file's rows on a thread of its own while the caller writes the previous
 * batch: on two cores, parsing and SQLite overlap instead of taking turns. A few batches wait
 * at most, so memory stays flat. The caller keeps the transaction; this thread never touches
 * the book.
 *
 * @param <T> what a row becomes for the writer
 */
final class RowPipeline<T> implements AutoCloseable {
    /** What the reading thread does with each row: add it to the batch, or not. */
    @FunctionalInterface
    interface Step<T> {
        void accept(ReadRow row, Consumer<T> batch);
    }

    /** Enough to keep the writer busy; every batch waiting is memory the collector has to copy. */
    private static final int QUEUED_BATCHES = 2;
    private final BlockingQueue<List<T>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final List<T> end = new ArrayList<>();
    private final Thread thread;
    private final int batchSize;
    private volatile RuntimeException failure;
    private volatile Error fatal;
    private volatile long bytesRead;

    RowPipeline(RowReader reader, int batchSize, Step<T> step) {
        this.batchSize = batchSize;
        this.thread = new Thread(() -> read(reader, step), "podium-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void read(RowReader reader, Step<T> step) {
        try {
            List<T> batch = new ArrayList<>(batchSize);
            for (ReadRow row = reader.next(); row != null; row = reader.next()) {
                step.accept(row, batch::add);
                if (batch.size() >= batchSize) {
                    bytesRead = reader.bytesRead();
                    queue.put(batch);
                    batch = new ArrayList<>(batchSize);
                }
            }
            bytesRead = reader.bytesRead();
            if (!batch.isEmpty()) {
                queue.put(batch);
            }
        } catch (InterruptedException e) {
            // The writer stopped (cancelled or failed) and closed the pipeline: nothing to hand over.
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            failure = e;
        } catch (Error e) {
            fatal = e;
        }
        try {
            queue.put(end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The next batch, waiting for it; null after the last. A failure of the reading thread
     * (a file that cannot be read on) is thrown here, in the caller's thread.
     */
    List<T> next() {
        List<T> batch;
        try {
            batch = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("The import was interrupted; nothing was written.");
        }
        if (batch != end) {
            return batch;
        }
        if (fatal != null) {
            throw fatal;
        }
        if (failure != null) {
            throw failure;
        }
        return null;
    }

    /** Bytes of the file read so far, for progress. */
    long bytesRead() {
        return bytesRead;
    }

    /** Stops the reading thread if it is still going and waits for it. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
