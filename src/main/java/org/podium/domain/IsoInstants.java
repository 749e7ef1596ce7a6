package org.podium.domain;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Instants as text in ISO 8601, the form the book stores times in ({@link Instant#toString()},
 * "2026-05-02T10:01:02Z") and the form registration platforms mostly write, written and read
 * without the general formatter and parser: an import or a list reads or writes one or two on
 * every row, where {@link Instant#parse} costs microseconds. Every shape that is not the common
 * one is left to {@code java.time}, so each method answers exactly as it would.
 */
public final class IsoInstants {
    /** What {@link #offset} answers for a text with no offset, and for one that is not an offset. */
    private static final int NO_OFFSET = Integer.MIN_VALUE;
    private static final int NOT_AN_OFFSET = Integer.MAX_VALUE;

    private IsoInstants() {
    }

    /** Exactly {@link Instant#toString()}; null for null. */
    public static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 1000 || t.getYear() > 9999) {
            return instant.toString();
        }
        StringBuilder s = new StringBuilder(30);
        s.append(t.getYear()).append('-');
        two(s, t.getMonthValue()).append('-');
        two(s, t.getDayOfMonth()).append('T');
        two(s, t.getHour()).append(':');
        two(s, t.getMinute()).append(':');
        two(s, t.getSecond());
        int nanos = instant.getNano();
        if (nanos > 0) {
            // ISO_INSTANT prints the fraction in groups of three digits, as few as it needs.
            int digits = nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
            String all = String.valueOf(1_000_000_000 + nanos).substring(1);
            s.append('.').append(all, 0, digits);
        }
        return s.append('Z').toString();
    }

    /** Exactly {@link Instant#parse}, which it falls back to for any but the stored shape. */
    public static Instant parse(String text) {
        int n = text.length();
        if (n >= 20 && n <= 30 && text.charAt(10) == 'T' && text.charAt(n - 1) == 'Z' && text.charAt(16) == ':'
                && (n == 20 || text.charAt(19) == '.')) {
            Instant fast = read(text, ZoneOffset.UTC);
            if (fast != null) {
                return fast;
            }
        }
        return Instant.parse(text);
    }

    /**
     * Whether UTF-8 bytes {@code [from, to)} are exactly what {@link Instant#toString()} writes
     * for the instant they name: "2026-05-02T10:01:02Z", a year from 1000 to 9999, a real date and
     * time, and a fraction only if it is not zero, in as few groups of three digits as it needs.
     * Such text reads back and is written again unchanged, so an export may copy it as it is.
     */
    public static boolean isCanonical(byte[] b, int from, int to) {
        int n = to - from;
        if (n != 20 && n != 24 && n != 27 && n != 30 || b[to - 1] != 'Z' || b[from + 4] != '-' || b[from + 7] != '-'
                || b[from + 10] != 'T' || b[from + 13] != ':' || b[from + 16] != ':') {
            return false;
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = digits(b, from + 8, 2);
        int hour = digits(b, from + 11, 2);
        int minute = digits(b, from + 14, 2);
        int second = digits(b, from + 17, 2);
        if (year < 1000 || month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return false;
        }
        if (n == 20) {
            return true;
        }
        // The last group of three digits is never 000: Instant.toString would have left it out.
        return b[from + 19] == '.' && digits(b, from + 20, n - 21) >= 0 && digits(b, to - 4, 3) > 0;
    }

    /** The number written with exactly {@code count} ASCII digits at {@code from} (at most 9), or -1. */
    private static int digits(byte[] b, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            if (b[i] < '0' || b[i] > '9') {
                return -1;
            }
            value = value * 10 + (b[i] - '0');
        }
        return value;
    }

    /** {@link #parse}, or null for null (SQL NULL). */
    public static Instant parseOrNull(String text) {
        return text == null ? null : parse(text);
    }

    /**
     * The common ISO shapes a file may hold, "2026-05-02T10:01:02Z" or with a space for the T,
     * without seconds, with a fraction, an offset ("+02:00", "+0200"), " UTC" or no zone, which
     * is read in {@code zone}. Null if the text is not exactly one of those shapes, so that a
     * general parser decides.
     */
    public static Instant read(String v, ZoneId zone) {
        int n = v.length();
        if (n < 16 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T' && v.charAt(10) != ' '
                || v.charAt(13) != ':') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 2);
        int day = digits(v, 8, 2);
        int hour = digits(v, 11, 2);
        int minute = digits(v, 14, 2);
        int second = 0;
        int i = 16;
        if (i < n && v.charAt(i) == ':') {
            second = digits(v, 17, 2);
            i = 19;
        }
        if ((year | month | day | hour | minute | second) < 0 || i > n) {
            return null;
        }
        int nanos = 0;
        if (i < n && v.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && Character.isDigit(v.charAt(i))) {
                nanos = nanos * 10 + (v.charAt(i++) - '0');
            }
            if (i == start || i < n && Character.isDigit(v.charAt(i))) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds = offset(v.substring(i));
        if (offsetSeconds == NOT_AN_OFFSET) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(year, month, day, hour, minute, second, nanos);
            return offsetSeconds == NO_OFFSET ? local.atZone(zone).toInstant()
                    : local.toInstant(ZoneOffset.ofTotalSeconds(offsetSeconds));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The offset {@code rest} names, in seconds. */
    private static int offset(String rest) {
        if (rest.isEmpty()) {
            return NO_OFFSET;
        }
        if (rest.equals("Z") || rest.equals(" UTC") || rest.equals(" GMT") || rest.equals("UTC")) {
            return 0;
        }
        if (rest.length() == 6 && rest.charAt(3) == ':' || rest.length() == 5) {
            int hours = digits(rest, 1, 2);
            int minutes = digits(rest, rest.length() - 2, 2);
            char sign = rest.charAt(0);
            if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59 || sign != '+' && sign != '-') {
                return NOT_AN_OFFSET;
            }
            return (sign == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        }
        return NOT_AN_OFFSET;
    }

    /** The number written with exactly {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static StringBuilder two(StringBuilder s, int value) {
        return s.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
