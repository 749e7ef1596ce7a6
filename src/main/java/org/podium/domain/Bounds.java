package org.podium.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The sane range of dates and lengths every record keeps to, wherever a value comes from (the
 * form, the command line, an imported file): a year of 999,999,999 or an event of two billion
 * minutes is a typing slip or an attack, never a plan, and would overflow the sums made of it.
 */
public final class Bounds {
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    /** The longest event, agenda item or attendance, in minutes: a week. */
    public static final int MAX_MINUTES = 7 * 24 * 60;
    /** The sentence that ends a refused date's message. */
    public static final String YEARS = "between the years " + FIRST_YEAR + " and " + LAST_YEAR;
    /** The sentence that ends a refused length's message. */
    public static final String MINUTES = "from 1 to " + MAX_MINUTES + " minutes (a week)";

    private Bounds() {
    }

    public static boolean inRange(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    public static boolean inRange(Instant instant) {
        return !instant.isBefore(LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))
                && instant.isBefore(LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** Whether {@code minutes} is a length Podium keeps: at least one, at most a week. */
    public static boolean minutesInRange(long minutes) {
        return minutes > 0 && minutes <= MAX_MINUTES;
    }

    /** A typed length in minutes, if it is a whole number Podium keeps; empty otherwise. */
    public static Optional<Integer> minutes(String typed) {
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.strip());
            return minutesInRange(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Refuses a length outside {@link #MINUTES}, naming the field. */
    static void checkMinutes(String field, int minutes) {
        if (!minutesInRange(minutes)) {
            throw new InvalidFieldException(field, "invalid.minutes", Phrase.of("invalid.field." + field), MAX_MINUTES, minutes);
        }
    }
}
