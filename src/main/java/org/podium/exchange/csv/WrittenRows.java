package org.podium.exchange.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where an export's rows go when it is only previewed: it keeps the first {@code limit} rows a
 * {@link CsvExportWriter} of the profile wrote and drops the rest, and gives them back as the
 * cells a strict reader finds in those bytes, so the preview shows exactly what the file will
 * hold. The bytes come in whole rows, without the header.
 */
public final class WrittenRows extends OutputStream {
    private final char delimiter;
    private final int limit;
    private byte[] bytes = new byte[0];
    private int length;
    private List<List<String>> rows = List.of();

    public WrittenRows(ExportProfile profile, int limit) {
        this.delimiter = profile.delimiter();
        this.limit = limit;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] source, int from, int count) {
        if (rows.size() >= limit || count == 0) {
            return;
        }
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
        }
        System.arraycopy(source, from, bytes, length, count);
        length += count;
        rows = read();
    }

    /** The first rows written, at most {@code limit}, each as its cells. */
    public List<List<String>> rows() {
        return rows;
    }

    private List<List<String>> read() {
        List<List<String>> read = new ArrayList<>();
        // Fields of any length: a stored name is written whole, however long.
        try (CsvTokenizer csv = new CsvTokenizer(new ByteArrayInputStream(bytes, 0, length), TextEncoding.utf8(),
                delimiter, Integer.MAX_VALUE)) {
            for (CsvRecord row = csv.record(); row != null && read.size() < limit; row = csv.record()) {
                if (row.problem() != null) {
                    throw new IllegalStateException("Row " + (read.size() + 1) + " of the export does not read back: "
                            + row.problem());
                }
                read.add(List.copyOf(row.fields()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(read);
    }
}
