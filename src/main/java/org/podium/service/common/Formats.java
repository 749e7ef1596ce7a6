package org.podium.service.common;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.podium.domain.Event;

/** How Podium writes an event's time for people: date, time and the zone's abbreviation. */
public final class Formats {
    private Formats() {
    }

    /** "Thu 28 May 2020, 10:00 CEST" in English, "gio 28 mag 2020, 10:00 CEST" in Italian. */
    public static String startWithZone(Event event, Locale locale) {
        return startWithZone(event.startInZone(), locale);
    }

    public static String startWithZone(ZonedDateTime start, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", locale).format(start);
    }

    /** "24 Sep 2020 · 10:00 CEST": the compact form a list column has room for. */
    public static String compactStart(Event event, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy · HH:mm zzz", locale).format(event.startInZone());
    }

    /** "24 Sep 2020": a day, as every list and message of Podium writes it. */
    public static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", locale);
    }

    /** "24 Sep 2020 10:00": a moment, as every list and message of Podium writes it. */
    public static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale);
    }

    /** "10:00 – 11:15 CEST" for the time span of an event on its day. */
    public static String timeSpan(Event event, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        DateTimeFormatter zone = DateTimeFormatter.ofPattern("zzz", locale);
        return time.format(event.startInZone()) + " – " + time.format(event.endInZone()) + " "
                + zone.format(event.startInZone());
    }

    /**
     * An agenda item's start beside the event's own: "10:15"; with the zone's abbreviation
     * when the clocks changed since the start ("02:30 CET"); with "+1" on the next day.
     */
    public static String agendaTime(ZonedDateTime at, ZonedDateTime eventStart, Locale locale) {
        StringBuilder b = new StringBuilder(DateTimeFormatter.ofPattern("HH:mm", locale).format(at));
        if (!at.getOffset().equals(eventStart.getOffset())) {
            b.append(' ').append(DateTimeFormatter.ofPattern("zzz", locale).format(at));
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(eventStart.toLocalDate(), at.toLocalDate());
        if (days > 0) {
            b.append(" +").append(days);
        }
        return b.toString();
    }
}
