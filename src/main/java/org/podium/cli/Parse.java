package org.podium.cli;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Turns option text into values, naming the option when the text will not do. */
final class Parse {
    private Parse() {
    }

    static LocalDateTime start(String field, String text) {
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(field + ": '" + text + "' is not a date and time like 2026-05-28T10:00");
        }
    }

    static ZoneId zone(String field, String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new BadInputException(field + ": '" + text + "' is not a known time zone (use an id such as Europe/Rome)");
        }
    }

    static int positiveMinutes(String field, String text) {
        int value = wholeNumber(field, text);
        if (value <= 0) {
            throw new BadInputException(field + ": the duration must be at least one minute, not " + value);
        }
        return value;
    }

    static int wholeNumber(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(field + ": '" + text + "' is not a whole number");
        }
    }

    static long id(String field, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(field + ": '" + text + "' is not an id (a whole number)");
        }
    }
}
