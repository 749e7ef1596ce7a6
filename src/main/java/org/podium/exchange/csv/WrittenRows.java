package org.podium.exchange.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an export's rows go when it is only previewed: it keeps the first {@code limit} rows a
 * {@link CsvExportWriter} of the profile wrote and drops the rest, and gives them back as the
 * cells a strict reader finds in those bytes, so the preview shows exactly what the file will
 * hold. The bytes come in whole rows, each write read on its own, without the header.
 */
public final class WrittenRows extends OutputStream {
    private final char delimiter;
    private final int limit;
    private final List<List<String>> rows = new ArrayList<>();

    public WrittenRows(ExportProfile profile, int limit) {
        this.delimiter = profile.delimiter();
        this.limit = limit;
    }

    /** Refused: a byte is not a whole row. */
    @Override
    public void write(int b) {
        throw new UnsupportedOperationException("an export's rows come whole, never a byte at a time");
    }

    /** Reads the rows these bytes hold, while fewer than {@code limit} are kept. */
    @Override
    public void write(byte[] source, int from, int count) {
        if (rows.size() >= limit || count == 0) {
            return;
        }
        // Fields of any length: a stored name is written whole, however long.
        try (CsvTokenizer csv = new CsvTokenizer(new ByteArrayInputStream(source, from, count), TextEncoding.utf8(),
                delimiter, Integer.MAX_VALUE)) {
            for (CsvRecord row = csv.record(); row != null && rows.size() < limit; row = csv.record()) {
                if (row.problem() != null) {
                    throw new IllegalStateException("Row " + (rows.size() + 1) + " of the export does not read back: "
                            + row.problem());
                }
                rows.add(List.copyOf(row.fields()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first rows written, at most {@code limit}, each as its cells. */
    public List<List<String>> rows() {
        return List.copyOf(rows);
    }
}
