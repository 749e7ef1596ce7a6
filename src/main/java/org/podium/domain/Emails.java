package org.podium.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one rule for reading and comparing addresses. An address as typed or read from a file is
 * {@link #clean cleaned} (Unicode NFKC, invisible and format characters such as a BOM, a
 * zero-width space, a word joiner or a soft hyphen removed, white space trimmed) before it is
 * checked or stored, and compared by its {@link #normalise key}, the clean address case-folded:
 * so "Ana@X.org " and "\uFEFFana@x.org" are the same registrant and the same person across the
 * whole book, and the suppression list catches both.
 */
public final class Emails {
    /** What no part of an address holds besides the one {@code @}: white space (as regular expressions' \\s) and these. */
    private static final String NOT_IN_ADDRESS = " \t\n\u000B\f\r\"(),:;<>[\\]";
    private Emails() {
    }

    /**
     * The address as it is stored: NFKC, without invisible characters, trimmed of white space
     * (a no-break space becomes a space under NFKC); null is the empty string. A control
     * character is kept, for {@link #hasControl} to refuse. The usual address, printable ASCII,
     * is only trimmed.
     */
    public static String clean(String email) {
        String trimmed = Text.clean(email);
        if (isPlainAscii(trimmed)) {
            return trimmed;
        }
        String composed = Normalizer.normalize(trimmed, Normalizer.Form.NFKC);
        StringBuilder kept = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); ) {
            int c = composed.codePointAt(i);
            if (!isInvisible(c)) {
                kept.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        int from = 0;
        int to = kept.length();
        while (from < to && isSpace(kept.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(kept.charAt(to - 1))) {
            to--;
        }
        return kept.substring(from, to);
    }

    /** The key an address is stored and compared by: the {@link #clean} address in lower case. */
    public static String normalise(String email) {
        return clean(email).toLowerCase(Locale.ROOT);
    }

    /** Whether the text holds a control character (Unicode Cc, such as U+0001), which no address may. */
    public static boolean hasControl(String email) {
        for (int i = 0; i < email.length(); i++) {
            if (Character.getType(email.charAt(i)) == Character.CONTROL) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text holds an invisible, format or control character, or white space other
     * than a plain space, anywhere: an address stored before addresses were cleaned may, and the
     * suppression list cannot be trusted to recognise it.
     */
    public static boolean holdsInvisible(String email) {
        for (int i = 0; i < email.length(); ) {
            int c = email.codePointAt(i);
            if (isInvisible(c) || Character.getType(c) == Character.CONTROL
                    || c != ' ' && (Character.isSpaceChar(c) || Character.isWhitespace(c))) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * What is wrong with an address that is not {@link #isValid}, as a phrase to end a message
     * with; the address is quoted with any control character written as its code (U+0001), so a
     * message never carries one.
     */
    public static Phrase problem(String email) {
        String clean = clean(email);
        if (hasControl(clean)) {
            return Phrase.of("email.problem.control", visible(clean));
        }
        return Phrase.of("email.problem.invalid", visible(clean));
    }

    /** The text with each control character written as its code point, as U+0001. */
    public static String visible(String text) {
        if (!hasControl(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL) {
                out.append(String.format(Locale.ROOT, "U+%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether the address has the shape of one a mailing tool would accept. It must already be
     * {@link #clean} (apart from surrounding ASCII spaces): an address that still holds an
     * invisible, format or control character, or white space of any script, is not valid.
     */
    public static boolean isValid(String email) {
        String trimmed = Text.clean(email);
        if (trimmed.length() > 254 || !hasAddressShape(trimmed) || trimmed.contains("..")) {
            return false;
        }
        if (isPlainAscii(trimmed)) {
            return true;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (isSpace(c) || Character.getType(c) == Character.CONTROL) {
                return false;
            }
        }
        return clean(trimmed).equals(trimmed);
    }

    /**
     * Whether the text is a name, one {@code @} and a domain with a dot and a last label of two
     * characters or more, none of them white space or {@code "(),:;<>[\]}: the pattern
     * {@code [^F]+@[^F]+\.[^F.]{2,}} for those characters F and {@code @}, checked in one pass
     * because it is checked for every row of an import.
     */
    static boolean hasAddressShape(String text) {
        int at = -1;
        int lastDot = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            } else if (c == '.') {
                lastDot = i;
            } else if (c <= ']' && NOT_IN_ADDRESS.indexOf(c) >= 0) {
                return false;
            }
        }
        return at >= 1 && lastDot > at + 1 && text.codePointCount(lastDot + 1, text.length()) >= 2;
    }

    /** Printable ASCII only (a space allowed): nothing to compose, nothing invisible. */
    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Format characters (Unicode Cf: BOM, zero-width space and joiners, word joiner, soft
     * hyphen, direction marks, tags) and the other default-ignorable code points that draw
     * nothing (combining grapheme joiner, Hangul fillers, variation selectors).
     */
    static boolean isInvisible(int c) {
        return Character.getType(c) == Character.FORMAT || c == 0x034F || c == 0x115F || c == 0x1160
                || c == 0x17B4 || c == 0x17B5 || (c >= 0x180B && c <= 0x180F) || c == 0x3164
                || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFFA0 || (c >= 0xE0000 && c <= 0xE0FFF);
    }
    /**
     * Whether the text is certainly an address that {@link #isValid} accepts and
     * {@link RoleAddresses#isRole} does not flag, decided on its UTF-8 bytes; false means "ask
     * them". It only says yes to letters, digits and {@code . _ - +} with one {@code @}, no
     * {@code ..}, at most 254 of them, a dot after the character that follows the {@code @} and
     * two or more after the last dot: such an address has no space to trim and matches the
     * pattern. It is not a role address when the part a role would be named by (before a
     * {@code +} tag, else before the {@code @}) holds anything but a letter or hyphen, as every
     * role name is made of those.
     */
    public static boolean isPlainPersonal(Utf8Text text) {
        byte[] bytes = text.bytes();
        int from = text.from();
        int to = text.to();
        if (to - from > 254) {
            return false;
        }
        int at = -1;
        int plus = -1;
        int lastDot = -1;
        for (int i = from; i < to; i++) {
            byte c = bytes[i];
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            } else if (c == '.') {
                if (i == lastDot + 1 && lastDot >= 0) {
                    return false;
                }
                lastDot = i;
            } else if (c == '+') {
                plus = plus < 0 ? i : plus;
            } else if (!asciiLetter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
                return false;
            }
        }
        if (at <= from || lastDot <= at + 1 || to - lastDot - 1 < 2) {
            return false;
        }
        int nameEnd = plus > from && plus < at ? plus : at;
        for (int i = from; i < nameEnd; i++) {
            if (!asciiLetter(bytes[i]) && bytes[i] != '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean asciiLetter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
