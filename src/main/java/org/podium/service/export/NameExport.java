package org.podium.service.export;

import org.podium.service.common.Progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.podium.domain.Registration;
import org.podium.exchange.csv.CsvExportWriter;
import org.podium.exchange.csv.ExportProfile;
import org.podium.store.RegistrationExportStore;

/**
 * An export of one event to a layout of address and names (Mailchimp, Brevo), written from the
 * UTF-8 bytes SQLite holds: each qualifying row's address is checked and its cells neutralised
 * and quoted on the bytes, chunk by chunk, possibly on two threads, and the chunks are written
 * in order. The file and the checks are exactly those {@link ExportRun} makes.
 */
final class NameExport implements RegistrationExportStore.NameRows<NameExport.Chunk> {
    /** A rendered chunk: CSV bytes {@code [0, length)}. */
    record Chunk(byte[] bytes, int length) {
    }

    private final ExportRequest request;
    private final ExportProfile profile;
    private final List<String> tags;
    private final ExportProfile.AfterNames after;
    private final OutputStream out;
    private final ExportProgress progress;
    private final List<Renderer> renderers = new ArrayList<>();
    /**
     * Chunk buffers whose bytes are written, for the renderers to fill again: a million-row
     * export otherwise made and zeroed a fresh 2 MB buffer a chunk, half of everything it
     * allocated, which the collector then had to clear.
     */
    private final Queue<byte[]> written = new ConcurrentLinkedQueue<>();

    NameExport(ExportRequest request, ExportProfile profile, String tag, ExportProfile.AfterNames after,
               OutputStream out, Progress progress) {
        this.request = request;
        this.profile = profile;
        this.tags = List.of(tag);
        this.after = after;
        this.out = out;
        this.progress = new ExportProgress(progress);
    }

    @Override
    public synchronized RegistrationExportStore.NameRenderer<Chunk> renderer() {
        Renderer renderer = new Renderer();
        renderers.add(renderer);
        return renderer;
    }

    @Override
    public boolean wantsTotal() {
        return progress.followed();
    }

    @Override
    public void start(long registrations) {
        progress.start(registrations);
    }

    @Override
    public void write(Chunk chunk, long done) {
        try {
            out.write(chunk.bytes(), 0, chunk.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The stream has taken the bytes (each one reads or copies them while it writes).
        written.offer(chunk.bytes());
        progress.reached(done);
    }

    /** The checks, once the store has read every chunk (its helper thread has ended). */
    synchronized ExportSummary summary(RegistrationExportStore.Tally tally) {
        KeptRows all = new KeptRows(request, profile, cells -> {
        });
        for (Renderer r : renderers) {
            all.add(r.kept);
        }
        progress.finished();
        return all.summary(tally, 0);
    }

    /** Renders rows of one thread into a growing buffer that each chunk hands over. */
    private final class Renderer implements RegistrationExportStore.NameRenderer<Chunk> {
        private final ChunkBuffer buffer = new ChunkBuffer(written);
        private final CsvExportWriter writer;
        private final KeptRows kept;
        /** The cells after the names (the tag, the same on every row) and the line ending, rendered once. */
        private final byte[] rowEnd;

        Renderer() {
            try {
                writer = new CsvExportWriter(buffer, profile);
                rowEnd = writer.rowEnd(after.cells());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            kept = new KeptRows(request, profile, writer::writeRow);
        }

        @Override
        public void names(byte[] row, int emailAt, int firstAt, int lastAt) {
            if (!kept.checks.keep(row, emailAt, firstAt - 1)) {
                return;
            }
            try {
                int count = after.neutralised();
                count += writer.writeText(row, emailAt, firstAt - 1) ? 1 : 0;
                count += writer.writeText(row, firstAt, lastAt - 1) ? 1 : 0;
                count += writer.writeText(row, lastAt, row.length) ? 1 : 0;
                writer.endRow(rowEnd);
                kept.wrote(count);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void registration(Registration registration) {
            kept.write(registration, tags);
        }

        @Override
        public Chunk chunk() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return buffer.take();
        }
    }

    /** A byte buffer that grows as a chunk is rendered and is handed over whole. */
    private static final class ChunkBuffer extends OutputStream {
        private final Queue<byte[]> written;
        private byte[] bytes = new byte[1 << 20];
        private int length;

        ChunkBuffer(Queue<byte[]> written) {
            this.written = written;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] source, int from, int count) {
            if (length + count > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
            }
            System.arraycopy(source, from, bytes, length, count);
            length += count;
        }

        /** The chunk rendered so far; the next goes into a buffer already written out, or a new one. */
        Chunk take() {
            Chunk chunk = new Chunk(bytes, length);
            byte[] again = written.poll();
            bytes = again != null ? again : new byte[bytes.length];
            length = 0;
            return chunk;
        }
    }
}
