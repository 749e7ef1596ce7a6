package org.podium.exchange.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.podium.domain.Phrase;

/**
 * A strict, streaming RFC 4180 reader: it decodes bytes a buffer at a time and splits them
 * into records, counting physical lines so every problem names the line it is on.
 * <p>
 * Bytes that are not valid in the file's encoding are never replaced: they are left out and
 * the record holding them is marked, so it can be reported and never stored. A field longer
 * than {@link #MAX_FIELD} characters (or the limit given) is marked rather than held, which
 * keeps memory flat whatever the file. Leniencies, each harmless to the data: spaces around a
 * quoted field, and a quote inside an unquoted field is kept as a character.
 */
final class CsvTokenizer implements Closeable {
    /** The longest field kept, in characters: far beyond any name or answer, far below trouble. */
    static final int MAX_FIELD = 1 << 16;
    /** The most fields a record may have. */
    static final int MAX_FIELDS = 2_000;
    private static final int CHUNK = 1 << 16;
    private static final int EOF = -1;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final String encodingLabel;
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
    private final CharBuffer chars = CharBuffer.allocate(CHUNK);
    private final char[] buf = chars.array();
    private final ArrayDeque<Malformed> malformed = new ArrayDeque<>();
    private final StringBuilder field = new StringBuilder(64);
    private final int maxField;
    private char delimiter;
    private int pos;
    private int limit;
    private long charBase;
    private long nextBad = Long.MAX_VALUE;
    private boolean inputDone;
    private boolean decoderDone;
    private long bytesRead;
    private long line = 1;
    private RecordState current;

    /** Bytes left out at an absolute character position of the decoded text. */
    private record Malformed(long at, String bytes) {
    }

    CsvTokenizer(InputStream in, TextEncoding encoding, char delimiter) throws IOException {
        this(in, encoding, delimiter, MAX_FIELD);
    }

    /** A reader that holds fields of up to {@code maxField} characters. */
    CsvTokenizer(InputStream in, TextEncoding encoding, char delimiter, int maxField) throws IOException {
        this.in = in;
        this.maxField = maxField;
        this.decoder = encoding.strictDecoder();
        this.encodingLabel = encoding.charsetName();
        this.delimiter = delimiter;
        bytes.flip();
        long skipped = in.readNBytes(encoding.bomLength()).length;
        bytesRead = skipped;
    }

    void delimiter(char value) {
        delimiter = value;
    }

    /** The physical line the next character is on. */
    long line() {
        return line;
    }

    /** Bytes taken from the stream so far, for progress. */
    long bytesRead() {
        return bytesRead;
    }

    /**
     * The next physical line as text, quotes not interpreted, cut at the longest field
     * held; null at the end. Detection reads the top of a file this way.
     */
    String rawLine() throws IOException {
        current = null;
        field.setLength(0);
        int c = next();
        if (c == EOF) {
            return null;
        }
        while (c != EOF && c != '\n' && c != '\r') {
            if (field.length() < maxField) {
                field.append((char) c);
            }
            c = next();
        }
        endOfLine(c);
        return field.toString();
    }

    /** The next record, or null at the end of the file. */
    CsvRecord record() throws IOException {
        RecordState record = new RecordState(line);
        current = record;
        int c = next();
        if (c == EOF) {
            current = null;
            return record.badBytesLine == 0 ? null : record.finish(line);
        }
        field.setLength(0);
        boolean onlySpaces = true;
        while (true) {
            if (c == '"' && onlySpaces) {
                field.setLength(0);
                c = quoted(record);
                onlySpaces = true;
                continue;
            }
            if (c == delimiter) {
                record.add(field);
                field.setLength(0);
                onlySpaces = true;
            } else if (c == '\n' || c == '\r' || c == EOF) {
                record.add(field);
                endOfLine(c);
                current = null;
                return record.finish(line - (c == EOF ? 0 : 1));
            } else {
                onlySpaces &= c == ' ' || c == '\t';
                append(record, c);
                if (!onlySpaces) {
                    appendRun(record, false);
                }
            }
            c = next();
        }
    }

    /**
     * Appends, in one call, the ordinary characters that follow in the buffer: those the state
     * machine would only append one by one. It stops before a quote, a line break, the
     * delimiter outside quotes, the end of the buffer, and any place where bytes were left out,
     * so {@link #next()} still sees every character that matters.
     */
    private void appendRun(RecordState record, boolean quoted) {
        long bad = nextBad - charBase;
        int stop = bad < limit ? (int) Math.max(bad, pos) : limit;
        int end = pos;
        while (end < stop) {
            char ch = buf[end];
            if (ch == '"' || ch == '\n' || ch == '\r' || ch == delimiter && !quoted) {
                break;
            }
            end++;
        }
        int room = maxField - field.length();
        if (end - pos <= room) {
            field.append(buf, pos, end - pos);
        } else {
            field.append(buf, pos, Math.max(room, 0));
            append(record, buf[end - 1]);
        }
        pos = end;
    }

    /** Reads a quoted field after its opening quote; returns the character that follows it. */
    private int quoted(RecordState record) throws IOException {
        long opened = line;
        while (true) {
            int c = next();
            if (c == EOF) {
                throw new CsvReadException(opened, "problem.file.quoteNeverClosed", opened);
            }
            if (c == '"') {
                int after = next();
                if (after == '"') {
                    append(record, '"');
                    continue;
                }
                while (after == ' ' || after == '\t' && delimiter != '\t') {
                    after = next();
                }
                if (after != delimiter && after != '\n' && after != '\r' && after != EOF) {
                    record.malformed(line, Phrase.of("problem.row.textAfterQuote", record.fields.size() + 1));
                    append(record, after);
                    return unquotedRest(record);
                }
                return after;
            }
            if (c == '\r' || c == '\n') {
                append(record, c);
                if (c == '\r' && peek() == '\n') {
                    append(record, next());
                }
                line++;
                continue;
            }
            append(record, c);
            appendRun(record, true);
        }
    }

    /** Reads the rest of a field that went on after its closing quote. */
    private int unquotedRest(RecordState record) throws IOException {
        int c = next();
        while (c != delimiter && c != '\n' && c != '\r' && c != EOF) {
            append(record, c);
            c = next();
        }
        return c;
    }

    private void append(RecordState record, int c) {
        if (field.length() < maxField) {
            field.append((char) c);
        } else if (!record.overlong) {
            record.overlong = true;
            record.malformed(line, Phrase.of("problem.row.fieldTooLong", record.fields.size() + 1, maxField));
        }
    }

    private void endOfLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            next();
        }
        if (c != EOF) {
            line++;
        }
    }

    private int peek() throws IOException {
        if (pos == limit && !fill()) {
            return EOF;
        }
        return buf[pos];
    }

    private int next() throws IOException {
        if (pos == limit && !fill()) {
            badBytesAt(Long.MAX_VALUE);
            return EOF;
        }
        if (charBase + pos >= nextBad) {
            badBytesAt(charBase + pos);
        }
        return buf[pos++];
    }

    /** Marks the current record for every run of bad bytes before {@code position}. */
    private void badBytesAt(long position) {
        while (!malformed.isEmpty() && malformed.peek().at() <= position) {
            Malformed bad = malformed.poll();
            if (current != null) {
                current.badBytes(line, bad.bytes());
            }
        }
        nextBad = malformed.isEmpty() ? Long.MAX_VALUE : malformed.peek().at();
    }

    private boolean fill() throws IOException {
        charBase += limit;
        pos = 0;
        limit = 0;
        chars.clear();
        while (chars.position() == 0 && !decoderDone) {
            CoderResult result = decoder.decode(bytes, chars, inputDone);
            if (result.isError()) {
                leaveOut(result.length());
            } else if (result.isOverflow()) {
                break;
            } else if (inputDone) {
                decoder.flush(chars);
                decoderDone = true;
            } else {
                readBytes();
            }
        }
        limit = chars.position();
        return limit > 0;
    }

    private void leaveOut(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < length; i++) {
            hex.append(i == 0 ? "" : " ")
                    .append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i) & 0xFF));
        }
        bytes.position(bytes.position() + length);
        malformed.add(new Malformed(charBase + chars.position(), hex.toString()));
        nextBad = malformed.peek().at();
    }

    private void readBytes() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            inputDone = true;
        } else {
            bytes.position(bytes.position() + n);
            bytesRead += n;
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A record being read, with the first problem found in it. */
    private final class RecordState {
        private final long firstLine;
        private final List<String> fields = new ArrayList<>(16);
        private boolean overlong;
        private boolean tooMany;
        private long badBytesLine;
        private long problemLine;
        private Phrase problem;

        RecordState(long firstLine) {
            this.firstLine = firstLine;
        }

        void add(StringBuilder value) {
            if (fields.size() < MAX_FIELDS) {
                fields.add(value.toString());
            } else if (!tooMany) {
                tooMany = true;
                malformed(line, Phrase.of("problem.row.tooManyFields", MAX_FIELDS));
            }
        }

        void badBytes(long at, String hex) {
            if (badBytesLine == 0) {
                badBytesLine = at;
                malformed(at, Phrase.of("problem.row.badBytes", encodingLabel, hex));
            }
        }

        void malformed(long at, Phrase message) {
            if (problem == null) {
                problem = message;
                problemLine = at;
            }
        }

        CsvRecord finish(long lastLine) {
            if (fields.isEmpty()) {
                fields.add("");
            }
            // The list is the record's own from here on: copying it again would only feed the collector.
            return new CsvRecord(java.util.Collections.unmodifiableList(fields), firstLine, Math.max(firstLine, lastLine),
                    problem == null ? 0 : problemLine, problem);
        }
    }
}
