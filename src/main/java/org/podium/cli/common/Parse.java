package org.podium.cli.common;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.podium.domain.Links;

/** Turns option text into values, naming the option when the text will not do. */
public final class Parse {
    private Parse() {
    }

    public static LocalDateTime start(String field, String text) {
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadInputException(field + ": '" + text + "' is not a date and time like 2026-05-28T10:00");
        }
    }

    public static ZoneId zone(String field, String text) {
        try {
            return ZoneId.of(text.strip());
        } catch (DateTimeException e) {
            throw new BadInputException(field + ": '" + text + "' is not a known time zone (use an id such as Europe/Rome)");
        }
    }

    public static int positiveMinutes(String field, String text) {
        int value = wholeNumber(field, text);
        if (value <= 0) {
            throw new BadInputException(field + ": the duration must be at least one minute, not " + value);
        }
        return value;
    }

    public static int wholeNumber(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(field + ": '" + text + "' is not a whole number");
        }
    }

    public static long id(String field, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(field + ": '" + text + "' is not an id (a whole number)");
        }
    }

    /** A number of places: empty text clears it (no limit), otherwise a whole number, 0 or more. */
    public static Integer capacity(String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        int value = wholeNumber(field, text);
        if (value < 0) {
            throw new BadInputException(field + ": the number of places must be 0 or more, not " + value);
        }
        return value;
    }

    /** One of an enum's values as the command line spells them: lower case, '-' for '_'. */
    public static <E extends Enum<E>> E choice(String field, String text, Class<E> type) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (E value : type.getEnumConstants()) {
            if (EventJson.lower(value).equals(wanted)) {
                return value;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(EventJson::lower)
                .collect(Collectors.joining(", "));
        throw new BadInputException(field + ": '" + text + "' is not one of " + allowed);
    }

    /** An absolute http or https address, or empty text to clear the link. */
    public static String webAddress(String field, String text) {
        String link = Links.completed(text);
        if (!Links.isWebAddress(link)) {
            String lower = text.strip().toLowerCase(Locale.ROOT);
            throw new BadInputException(field + ": '" + text + "' is not a web address: "
                    + (lower.startsWith("https://") || lower.startsWith("http://")
                    ? "it must name a site, with no spaces, as in https://example.org/register"
                    : "it must start with https:// or http://"));
        }
        return link;
    }
}
