package org.podium.domain;

import java.nio.charset.StandardCharsets;

/**
 * A piece of text held as well-formed UTF-8, {@code bytes[from, to)}, cleaned as a
 * {@link Registration} cleans its fields (no white space around it), so that a large export
 * can copy a field to its file without making a string of it. Whoever makes one vouches for
 * both; the bytes are shared, never copied, and must not change while the value is in use.
 */
public record Utf8Text(byte[] bytes, int from, int to) {
    /** The text of a string, cleaned as a registration cleans it. */
    public static Utf8Text of(String text) {
        byte[] bytes = Text.clean(text).getBytes(StandardCharsets.UTF_8);
        return new Utf8Text(bytes, 0, bytes.length);
    }

    public int length() {
        return to - from;
    }

    public byte byteAt(int i) {
        return bytes[from + i];
    }

    @Override
    public String toString() {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
    }
}
