package org.podium.exchange.csv;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podium.domain.IsoInstants;

/**
 * Reads the date-times that registration platforms and spreadsheets write: ISO 8601 with or
 * without an offset, "26/03/2020 11:03", Zoom's "Mar 26, 2020 11:03:34 AM", Teams'
 * "3/21/23, 9:58:25 AM", "2 maggio 2026". A time without an offset is read in the given zone.
 */
final class DateTimes {
    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final Pattern ISO_SPACE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ T]+(\\d.*?)(?:\\s*(?:UTC|GMT))?$");
    private static final Pattern NUMERIC = Pattern.compile(
            "^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{2}|\\d{4})(?:[ ,T]+" + "(\\d{1,2})[:.](\\d{2})(?:[:.](\\d{2}))?\\s*([AaPp]\\.?[Mm]\\.?)?)?$");
    private static final Pattern MONTH_FIRST_NAME = Pattern.compile(
            "^([\\p{L}]{3,})\\.? (\\d{1,2}),? (\\d{4})(?:,? (\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?$");
    private static final Pattern DAY_FIRST_NAME = Pattern.compile(
            "^(\\d{1,2}) ([\\p{L}]{3,})\\.? (\\d{4})(?:,? (\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?$");
    private static final String[][] MONTHS = {{"jan", "gen"}, {"feb"}, {"mar"}, {"apr"}, {"may", "mag"},
        {"jun", "giu"}, {"jul", "lug"}, {"aug", "ago"}, {"sep", "set"}, {"oct", "ott"}, {"nov"}, {"dec", "dic"}};

    private DateTimes() {
    }

    /** The instant written, or empty if the text is not a date Podium understands. */
    static Optional<Instant> parse(String text, ZoneId zone, DateOrder order) {
        String value = text.strip();
        Instant fast = IsoInstants.read(value, zone);
        if (fast != null) {
            return Optional.of(fast);
        }
        try {
            Matcher iso = ISO_SPACE.matcher(value);
            if (iso.matches()) {
                return Optional.of(iso(iso.group(1) + "T" + iso.group(2), value.endsWith("UTC")
                        || value.endsWith("GMT"), zone));
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(value).atStartOfDay(zone).toInstant());
            }
            Matcher numeric = NUMERIC.matcher(value);
            if (numeric.matches()) {
                int first = Integer.parseInt(numeric.group(1));
                int second = Integer.parseInt(numeric.group(2));
                int day = order == DateOrder.DAY_FIRST ? first : second;
                int month = order == DateOrder.DAY_FIRST ? second : first;
                return Optional.of(at(year(numeric.group(3)), month, day, numeric, 4, zone));
            }
            Matcher named = MONTH_FIRST_NAME.matcher(value);
            if (named.matches() && month(named.group(1)) > 0) {
                return Optional.of(at(Integer.parseInt(named.group(3)), month(named.group(1)),
                        Integer.parseInt(named.group(2)), named, 4, zone));
            }
            Matcher dayNamed = DAY_FIRST_NAME.matcher(value);
            if (dayNamed.matches() && month(dayNamed.group(2)) > 0) {
                return Optional.of(at(Integer.parseInt(dayNamed.group(3)), month(dayNamed.group(2)),
                        Integer.parseInt(dayNamed.group(1)), dayNamed, 4, zone));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // A date-like text with impossible parts ("31/02/2026") is simply not a date.
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The two leading numbers of a date written with slashes or dots, to learn a file's order. */
    static Optional<int[]> leadingNumbers(String text) {
        Matcher numeric = NUMERIC.matcher(text.strip());
        if (!numeric.matches()) {
            return Optional.empty();
        }
        return Optional.of(new int[] {Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2))});
    }

    private static Instant iso(String value, boolean utc, ZoneId zone) {
        try {
            TemporalAccessor parsed = ISO.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime offset) {
                return offset.toInstant();
            }
            LocalDateTime local = (LocalDateTime) parsed;
            return utc ? local.toInstant(java.time.ZoneOffset.UTC) : local.atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new DateTimeException("not ISO", e);
        }
    }

    private static int year(String text) {
        int year = Integer.parseInt(text);
        return text.length() == 2 ? 2000 + year : year;
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (int m = 0; m < MONTHS.length; m++) {
            for (String prefix : MONTHS[m]) {
                if (key.startsWith(prefix)) {
                    return m + 1;
                }
            }
        }
        return 0;
    }

    /** The date with the optional time in groups {@code from}…{@code from+3} (hour, minute, second, am/pm). */
    private static Instant at(int year, int month, int day, Matcher m, int from, ZoneId zone) {
        LocalDate date = LocalDate.of(year, month, day);
        if (m.group(from) == null) {
            return date.atStartOfDay(zone).toInstant();
        }
        int hour = Integer.parseInt(m.group(from));
        int minute = Integer.parseInt(m.group(from + 1));
        int second = m.group(from + 2) == null ? 0 : Integer.parseInt(m.group(from + 2));
        String half = m.group(from + 3);
        if (half != null) {
            if (hour < 1 || hour > 12) {
                throw new DateTimeException("hour " + hour + " with AM/PM");
            }
            boolean pm = Character.toLowerCase(half.charAt(0)) == 'p';
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return LocalDateTime.of(date, java.time.LocalTime.of(hour, minute, second)).atZone(zone).toInstant();
    }
}
