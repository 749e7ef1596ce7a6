package org.podium.service.export;

import org.podium.service.common.Progress;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.podium.domain.ContactFields;
import org.podium.exchange.csv.CsvExportWriter;
import org.podium.exchange.csv.ExportProfile;
import org.podium.exchange.csv.FieldCells;
import org.podium.store.ExportSource;

/**
 * One export, as the rows of its request stream from the book: each part (one a reading
 * thread) leaves out the addresses the destination cannot use, renders the rest into CSV bytes
 * with their tags, and counts what the checks report; the pieces reach the file in the book's
 * order. A preview renders the same, writes nothing, and keeps the cells of the first rows.
 */
final class ExportRun implements ExportSource.Rows<ExportRun.Piece> {
    /** An event of the export: its tag and how recent it is among the chosen ones (higher is later). */
    record EventTag(String tag, int recency) {
    }

    /** A rendered piece: CSV bytes {@code [0, length)}, and the cells of its first rows for a preview. */
    record Piece(byte[] bytes, int length, List<List<String>> firstRows) {
    }

    private final ExportRequest request;
    private final ExportProfile profile;
    private final Map<Long, EventTag> events;
    private final ExportSource.Fields fields;
    private final OutputStream out;
    private final int previewRows;
    private final ExportProgress progress;
    private final Map<Long, List<String>> singleTags = new HashMap<>();
    private final List<Part> parts = new ArrayList<>();
    private final List<List<String>> preview = new ArrayList<>();
    /**
     * Buffers whose bytes are written, for the parts to fill again: a million-row export
     * otherwise made and zeroed a fresh 2 MB buffer a piece, half of everything it allocated.
     */
    private final Queue<byte[]> written = new ConcurrentLinkedQueue<>();

    private ExportRun(ExportRequest request, ExportProfile profile, Map<Long, EventTag> events, OutputStream out,
                      int previewRows, Progress progress) {
        this.request = request;
        this.profile = profile;
        this.events = events;
        this.fields = profile.needsEveryField() ? ExportSource.Fields.EVERY
                : profile.usesOnlyNames() ? ExportSource.Fields.NAMES : ExportSource.Fields.CONTACT;
        this.out = out;
        this.previewRows = previewRows;
        this.progress = new ExportProgress(progress);
        events.forEach((id, e) -> singleTags.put(id, List.of(e.tag())));
    }

    /** A run whose rows, after the header, go to {@code out}. */
    static ExportRun toFile(ExportRequest request, ExportProfile profile, Map<Long, EventTag> events,
                            OutputStream out, Progress progress) {
        return new ExportRun(request, profile, events, out, 0, progress);
    }

    /** A run that writes nothing and keeps the cells of the first {@code rows} rows. */
    static ExportRun preview(ExportRequest request, ExportProfile profile, Map<Long, EventTag> events, int rows,
                             Progress progress) {
        return new ExportRun(request, profile, events, null, rows, progress);
    }

    /** How much of each registration the profile needs. */
    ExportSource.Fields fields() {
        return fields;
    }

    @Override
    public void start(long registrations) {
        progress.start(registrations);
    }

    @Override
    public synchronized ExportSource.Part<Piece> part() {
        Part part = new Part();
        parts.add(part);
        return part;
    }

    @Override
    public void write(Piece piece, long registrationsDone) {
        if (out != null) {
            try {
                out.write(piece.bytes(), 0, piece.length());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // The stream has taken the bytes (each one reads or copies them while it writes).
        written.offer(piece.bytes());
        for (List<String> row : piece.firstRows()) {
            if (preview.size() < previewRows) {
                preview.add(row);
            }
        }
        progress.reached(registrationsDone);
    }

    /** The cells of the first rows, for a preview. */
    List<List<String>> firstRows() {
        return List.copyOf(preview);
    }

    /** The checks of the whole export, once the book has streamed every row (its helper thread has ended). */
    synchronized ExportSummary summary(ExportSource.Tally tally) {
        AddressChecks checks = new AddressChecks(request);
        long rows = 0;
        long neutralised = 0;
        for (Part p : parts) {
            checks.add(p.checks);
            rows += p.rows;
            neutralised += p.neutralised;
        }
        progress.finished();
        return new ExportSummary(tally.total(), tally.byStatus(), tally.byConsent(), tally.bySuppression(),
                checks.invalid, checks.role, checks.excludedInvalid, checks.excludedRole, tally.merged(), rows,
                neutralised);
    }

    /** Renders the rows of one thread into a growing buffer that each piece hands over. */
    private final class Part implements ExportSource.Part<Piece> {
        private final AddressChecks checks = new AddressChecks(request);
        private final Buffer buffer = new Buffer(written);
        private final CsvExportWriter writer;
        private final FieldCells fromFields;
        private final String[] cells = new String[profile.width()];
        private List<List<String>> firstRows = new ArrayList<>();
        private long rows;
        private long neutralised;

        Part() {
            try {
                writer = CsvExportWriter.rowsOnly(buffer, profile);
                fromFields = new FieldCells(profile, writer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(ExportSource.Row row) {
            if (!checks.keep(row.email())) {
                return;
            }
            List<Long> ids = row.eventIds();
            try {
                if (firstRows.size() < previewRows) {
                    render(row, ids);
                    firstRows.add(List.of(Arrays.copyOf(cells, cells.length)));
                }
                // The fields' bytes straight to the file; a row whose fields are not all at hand, from strings.
                int count = fromFields.write(row, tags(ids));
                if (count < 0) {
                    count = render(row, ids);
                    writer.writeRow(cells);
                }
                neutralised += count;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows++;
        }

        /** Fills the cells from the row's fields as strings; returns how many were neutralised. */
        private int render(ExportSource.Row row, List<Long> ids) {
            ContactFields source = fields == ExportSource.Fields.EVERY ? row.registration() : row.contact();
            return profile.render(source, tags(ids), cells);
        }

        @Override
        public Piece piece() {
            try {
                writer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Piece piece = buffer.take(firstRows);
            firstRows = new ArrayList<>();
            return piece;
        }
    }

    /** The tags of a person exported for these events, oldest first, each once. */
    private List<String> tags(List<Long> ids) {
        if (ids.size() == 1) {
            return singleTags.get(ids.get(0));
        }
        return ids.stream().map(id -> events.get(id).tag()).distinct().toList();
    }

    /** A byte buffer that grows as a piece is rendered and is handed over whole. */
    private static final class Buffer extends OutputStream {
        private final Queue<byte[]> written;
        private byte[] bytes = new byte[1 << 20];
        private int length;

        Buffer(Queue<byte[]> written) {
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

        /** The piece rendered so far; the next goes into a buffer already written out, or a new one. */
        Piece take(List<List<String>> firstRows) {
            Piece piece = new Piece(bytes, length, firstRows);
            byte[] again = written.poll();
            bytes = again != null ? again : new byte[bytes.length];
            length = 0;
            return piece;
        }
    }
}
