package org.podium.exchange.csv;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.podium.domain.Utf8Text;

/**
 * Writes rows of a profile as CSV (RFC 4180): UTF-8, the profile's delimiter and line ending,
 * a byte-order mark when the profile asks for one. A cell is quoted when it holds the
 * delimiter, a quote or a line break, when it starts or ends with a space, and when it was
 * neutralised, so the protective quote mark stays inside the cell whatever reads it.
 * Rows come as strings ({@link #writeRow}) or, for a large export, cell by cell as the UTF-8
 * bytes SQLite holds ({@link #writeCell(Utf8Text)}), which is written without ever becoming a string.
 * It buffers; call {@link #flush()} when done (the caller owns the stream).
 */
public final class CsvExportWriter implements Flushable {
    private static final int BUFFER = 1 << 16;
    private static final byte QUOTE_MARK = '"';

    private final OutputStream out;
    private final ExportProfile profile;
    private final byte delimiter;
    private final byte[] lineEnd;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private boolean rowStarted;
    /** The last string cell and its bytes: a row's tag cell is the same string row after row. */
    private String lastText;
    private byte[] lastBytes;

    public CsvExportWriter(OutputStream stream, ExportProfile profile) throws IOException {
        this(stream, profile, profile.bom());
    }

    /** A writer of rows that follow the header elsewhere: it never writes a byte-order mark. */
    public static CsvExportWriter rowsOnly(OutputStream stream, ExportProfile profile) throws IOException {
        return new CsvExportWriter(stream, profile, false);
    }

    private CsvExportWriter(OutputStream stream, ExportProfile profile, boolean bom) throws IOException {
        this.out = stream;
        this.profile = profile;
        this.delimiter = (byte) profile.delimiter();
        this.lineEnd = profile.lineEnd().getBytes(StandardCharsets.US_ASCII);
        if (bom) {
            write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0, 3);
        }
    }

    public void writeHeader() throws IOException {
        List<String> header = profile.header();
        writeRow(header.toArray(new String[0]));
    }

    /** Writes one row of exactly the profile's width, as {@link ExportProfile#render} filled it. */
    public void writeRow(String[] cells) throws IOException {
        for (String cell : cells) {
            writeCell(cell);
        }
        endRow();
    }

    /** Writes the next cell of the current row as {@link ExportProfile#render} filled it (already neutralised). */
    public void writeCell(String cell) throws IOException {
        if (cell != lastText) {
            lastText = cell;
            // Unpaired surrogates become '?', as the JDK's UTF-8 writer makes them.
            lastBytes = cell.getBytes(StandardCharsets.UTF_8);
        }
        startCell();
        writeQuoted(lastBytes, 0, lastBytes.length, needsQuotes(lastBytes, 0, lastBytes.length), false);
    }

    /**
     * Writes the next cell of the current row from its UTF-8 text, neutralised as
     * {@link FormulaGuard#neutralise} and quoted exactly as {@link #writeCell(String)} would
     * write the neutralised text. Returns whether it was neutralised.
     */
    public boolean writeCell(Utf8Text text) throws IOException {
        return writeCell(text, false);
    }

    /**
     * The same, or, when {@code reversible}, encoded as {@link FullProfile#encodeCell} encodes
     * it (a cell that starts with the quote mark gets one more). Returns whether the text was
     * dangerous ({@link FormulaGuard#isDangerous}).
     */
    public boolean writeCell(Utf8Text text, boolean reversible) throws IOException {
        byte[] utf8 = text.bytes();
        int from = text.from();
        int to = text.to();
        boolean dangerous = FormulaGuard.isDangerous(utf8, from, to);
        boolean marked = dangerous || reversible && from < to && utf8[from] == FormulaGuard.QUOTE;
        startCell();
        // A marked cell starts with the quote mark, which always asks for quotes.
        writeQuoted(utf8, from, to, marked || needsQuotes(utf8, from, to), marked);
        return dangerous;
    }

    /** A cell as {@link ExportProfile#render} filled it, encoded once to be written row after row. */
    public record Prepared(byte[] utf8, boolean quoted) {
    }

    /** Encodes a cell as {@link #writeCell(String)} would write it. */
    public Prepared prepare(String cell) {
        byte[] utf8 = cell.getBytes(StandardCharsets.UTF_8);
        return new Prepared(utf8, needsQuotes(utf8, 0, utf8.length));
    }

    /** Writes the next cell of the current row as {@link #prepare} encoded it. */
    public void writeCell(Prepared cell) throws IOException {
        startCell();
        writeQuoted(cell.utf8(), 0, cell.utf8().length, cell.quoted(), false);
    }

    /** Ends the current row with the profile's line ending. */
    public void endRow() throws IOException {
        write(lineEnd, 0, lineEnd.length);
        rowStarted = false;
    }

    private void startCell() throws IOException {
        if (rowStarted) {
            write(delimiter);
        }
        rowStarted = true;
    }

    private void writeQuoted(byte[] text, int from, int to, boolean quoted, boolean neutralised) throws IOException {
        if (!quoted) {
            write(text, from, to - from);
            return;
        }
        write(QUOTE_MARK);
        if (neutralised) {
            write((byte) FormulaGuard.QUOTE);
        }
        int start = from;
        for (int i = from; i < to; i++) {
            if (text[i] == QUOTE_MARK) {
                write(text, start, i - start + 1);
                write(QUOTE_MARK);
                start = i + 1;
            }
        }
        write(text, start, to - start);
        write(QUOTE_MARK);
    }

    /** Every character this looks at is ASCII, so bytes and characters decide alike. */
    private boolean needsQuotes(byte[] text, int from, int to) {
        if (from == to) {
            return false;
        }
        if (text[from] == ' ' || text[to - 1] == ' ' || text[from] == FormulaGuard.QUOTE) {
            return true;
        }
        for (int i = from; i < to; i++) {
            byte c = text[i];
            if (c == delimiter || c == QUOTE_MARK || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    private void write(byte b) throws IOException {
        if (position == buffer.length) {
            drain();
        }
        buffer[position++] = b;
    }

    private void write(byte[] bytes, int from, int length) throws IOException {
        if (length > buffer.length - position) {
            drain();
            if (length > buffer.length) {
                out.write(bytes, from, length);
                return;
            }
        }
        System.arraycopy(bytes, from, buffer, position, length);
        position += length;
    }

    private void drain() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }
}
