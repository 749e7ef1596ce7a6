package org.podium.exchange.csv;

import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes rows of a profile as CSV (RFC 4180): UTF-8, the profile's delimiter and line ending,
 * a byte-order mark when the profile asks for one. A cell is quoted when it holds the
 * delimiter, a quote or a line break, when it starts or ends with a space, and when it was
 * neutralised, so the protective quote mark stays inside the cell whatever reads it.
 * It buffers; call {@link #flush()} when done (the caller owns the stream).
 */
public final class CsvExportWriter implements Flushable {
    private static final int BUFFER = 1 << 16;

    private final Writer out;
    private final ExportProfile profile;
    private final char delimiter;

    public CsvExportWriter(OutputStream stream, ExportProfile profile) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), BUFFER);
        this.profile = profile;
        this.delimiter = profile.delimiter();
        if (profile.bom()) {
            out.write('\uFEFF');
        }
    }

    public void writeHeader() throws IOException {
        List<String> header = profile.header();
        writeRow(header.toArray(new String[0]));
    }

    /** Writes one row of exactly the profile's width, as {@link ExportProfile#render} filled it. */
    public void writeRow(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            writeCell(cells[i]);
        }
        out.write(profile.lineEnd());
    }

    private void writeCell(String cell) throws IOException {
        if (!needsQuotes(cell)) {
            out.write(cell);
            return;
        }
        out.write('"');
        int from = 0;
        int quote;
        while ((quote = cell.indexOf('"', from)) >= 0) {
            out.write(cell, from, quote - from + 1);
            out.write('"');
            from = quote + 1;
        }
        out.write(cell, from, cell.length() - from);
        out.write('"');
    }

    private boolean needsQuotes(String cell) {
        int length = cell.length();
        if (length == 0) {
            return false;
        }
        if (cell.charAt(0) == ' ' || cell.charAt(length - 1) == ' ' || cell.charAt(0) == FormulaGuard.QUOTE) {
            return true;
        }
        for (int i = 0; i < length; i++) {
            char c = cell.charAt(i);
            if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }
}
