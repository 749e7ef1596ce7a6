package org.podium.store;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads a row of text fields that SQLite joined with 0xFF between them: where the fields start,
 * and whether their bytes are exactly what reading them as strings would give.
 */
final class JoinedNames {
    /** Never part of well-formed UTF-8, so it cannot come from a field that the JDK reads back unchanged. */
    static final int SEPARATOR = 0xFF;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private JoinedNames() {
    }

    /**
     * Finds where each field after the first starts (after its separator; a row of n fields has
     * {@code at.length} = n - 1 separators) and checks that everything else is well-formed UTF-8,
     * which the JDK decodes and encodes back to the same bytes; false for anything else.
     */
    static boolean split(byte[] row, int[] at) {
        int found = 0;
        int i = 0;
        while (i < row.length) {
            // Most of a row is plain ASCII, passed over eight bytes at a time.
            if (i <= row.length - Long.BYTES && ((long) LONGS.get(row, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
                continue;
            }
            int b = row[i] & 0xFF;
            if (b < 0x80) {
                i++;
            } else if (b == SEPARATOR) {
                if (found == at.length) {
                    return false;
                }
                at[found++] = ++i;
            } else {
                int length = sequence(row, i);
                if (length == 0) {
                    return false;
                }
                i += length;
            }
        }
        return found == at.length;
    }

    /**
     * Whether the fields are as a {@link org.podium.domain.Registration} holds them: it strips
     * white space around each, so a field that starts or ends with some (written by another
     * tool) is read as text instead.
     */
    static boolean asStored(byte[] row, int[] at) {
        int from = 0;
        for (int start : at) {
            if (!unpadded(row, from, start - 1)) {
                return false;
            }
            from = start;
        }
        return unpadded(row, from, row.length);
    }

    /** Whether {@code row[from, to)} (well-formed UTF-8) neither starts nor ends with white space. */
    static boolean unpadded(byte[] row, int from, int to) {
        if (from == to) {
            return true;
        }
        int last = to - 1;
        while ((row[last] & 0xC0) == 0x80) {
            last--;
        }
        return !Character.isWhitespace(codePoint(row, from)) && !Character.isWhitespace(codePoint(row, last));
    }

    /** The code point of the well-formed sequence starting at {@code i}. */
    private static int codePoint(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        if (lead < 0x80) {
            return lead;
        }
        int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        int value = lead & (0x7F >> length);
        for (int k = 1; k < length; k++) {
            value = value << 6 | bytes[i + k] & 0x3F;
        }
        return value;
    }

    /** The length of the well-formed UTF-8 sequence at {@code i} (Unicode's table 3-7), or 0. */
    private static int sequence(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : low;
            high = lead == 0xED ? 0x9F : high;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : low;
            high = lead == 0xF4 ? 0x8F : high;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        int second = bytes[i + 1] & 0xFF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int b = bytes[i + k] & 0xFF;
            if (b < 0x80 || b > 0xBF) {
                return 0;
            }
        }
        return length;
    }
}
