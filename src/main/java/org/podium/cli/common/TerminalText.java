package org.podium.cli.common;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The one gate all of the command line's printing goes through: a control character in a
 * stored name (an escape sequence that recolours, retitles or clears the terminal, a carriage
 * return that overwrites the line) is printed escaped as JSON escapes it, a backslash, "u" and
 * four hex digits, never as itself. Line ends and tabs pass. A JSON string may hold the same
 * escape, so {@code --json} output stays valid and means the same.
 */
public final class TerminalText extends FilterWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** A carriage return held back to see whether a line feed follows it (a Windows line end). */
    private boolean pendingReturn;

    private TerminalText(Writer out) {
        super(out);
    }

    /** A writer that prints through {@code out} with control characters escaped. */
    public static PrintWriter guard(PrintWriter out) {
        return new PrintWriter(new TerminalText(out), true);
    }

    /**
     * C0 and C1 controls but line feed and tab, and the bidirectional controls that reorder
     * what follows them on the screen.
     */
    private static boolean unsafe(char c) {
        return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f
                || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
    }

    private static void escape(StringBuilder to, char c) {
        to.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
                .append(HEX[c & 0xf]);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        StringBuilder result = new StringBuilder(length + 8);
        for (int i = offset; i < offset + length; i++) {
            char c = chars[i];
            if (pendingReturn) {
                pendingReturn = false;
                if (c == '\n') {
                    result.append('\r');
                } else {
                    escape(result, '\r');
                }
            }
            if (c == '\r') {
                pendingReturn = true;
            } else if (unsafe(c)) {
                escape(result, c);
            } else {
                result.append(c);
            }
        }
        out.write(result.toString());
    }

    @Override
    public void flush() throws IOException {
        if (pendingReturn) {
            pendingReturn = false;
            StringBuilder escaped = new StringBuilder();
            escape(escaped, '\r');
            out.write(escaped.toString());
        }
        out.flush();
    }
}
