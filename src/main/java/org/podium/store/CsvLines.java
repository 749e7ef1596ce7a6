package org.podium.store;

import java.util.Arrays;

/**
 * Lines of CSV text for PostgreSQL's {@code COPY … (FORMAT csv)}, built straight as UTF-8 bytes:
 * a million rows in several scripts would otherwise go through a string builder, a string and
 * its encoding, three copies each. A value is quoted when it is empty (an unquoted empty field is
 * NULL), or holds a comma, a quote, a line break or a backslash (so no line can read as the end
 * marker {@code \.}).
 */
final class CsvLines {
    private byte[] bytes = new byte[1 << 16];
    private int length;

    /** Adds a field: a comma first unless the line is starting, then the value; null adds an empty (NULL) field. */
    CsvLines field(String value) {
        comma();
        if (value == null) {
            return this;
        }
        if (value.isEmpty() || needsQuotes(value)) {
            put('"');
            text(value, true);
            put('"');
        } else {
            text(value, false);
        }
        return this;
    }

    /** Adds a number as a field. */
    CsvLines number(long value) {
        comma();
        String digits = Long.toString(value);
        for (int i = 0; i < digits.length(); i++) {
            put(digits.charAt(i));
        }
        return this;
    }

    /** Ends the line. */
    void end() {
        put('\n');
    }

    int length() {
        return length;
    }

    byte[] bytes() {
        return bytes;
    }

    void clear() {
        length = 0;
    }

    private void comma() {
        if (length > 0 && bytes[length - 1] != '\n') {
            put(',');
        }
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r' || ch == '\\') {
                return true;
            }
        }
        return false;
    }

    /** The value's UTF-8 bytes, its quotes doubled when it is quoted. */
    private void text(String value, boolean quoted) {
        room(value.length() * 3L);
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch < 0x80) {
                if (quoted && ch == '"') {
                    bytes[length++] = '"';
                }
                bytes[length++] = (byte) ch;
            } else if (ch < 0x800) {
                bytes[length++] = (byte) (0xC0 | ch >> 6);
                bytes[length++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isSurrogate(ch)) {
                int cp = value.codePointAt(i);
                if (cp == ch) {
                    throw new StoreException("A value holds half of a character (" + Integer.toHexString(ch)
                            + "), which the server cannot store: " + value);
                }
                bytes[length++] = (byte) (0xF0 | cp >> 18);
                bytes[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | cp & 0x3F);
                i++;
            } else {
                bytes[length++] = (byte) (0xE0 | ch >> 12);
                bytes[length++] = (byte) (0x80 | ch >> 6 & 0x3F);
                bytes[length++] = (byte) (0x80 | ch & 0x3F);
            }
        }
    }

    private void put(char ascii) {
        room(1);
        bytes[length++] = (byte) ascii;
    }

    private void room(long more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.max(bytes.length * 2L, length + more));
        }
    }
}
