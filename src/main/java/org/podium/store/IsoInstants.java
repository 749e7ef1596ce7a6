package org.podium.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes an instant exactly as {@link Instant#toString()} does, the text the book stores
 * times in, without the general formatter: a bulk import writes one or two on every row.
 */
final class IsoInstants {
    private IsoInstants() {
    }

    static String format(Instant instant) {
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

    private static StringBuilder two(StringBuilder s, int value) {
        return s.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
