package org.podium.exchange.ics;

/**
 * Folds iCalendar content lines at 75 octets of UTF-8, as RFC 5545 §3.1 asks, never inside a
 * character.
 *
 * <p>ical4j's own FoldingWriter counts UTF-16 chars, not octets: a line of Greek or Polish
 * runs to about twice the limit, and a fold can fall between the two halves of an emoji,
 * which then reaches the file as two question marks. So Podium takes ical4j's unfolded text
 * and folds it here.
 */
final class ContentLines {
    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /** Folds every line of CRLF-separated unfolded text; the result ends with CRLF. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 50);
        for (String line : unfolded.split(CRLF)) {
            if (!line.isEmpty()) {
                foldLine(line, out);
            }
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                // The continuation's leading space counts toward its 75 octets.
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
