package org.podium.exchange.ics;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/**
 * A written .ics file read back with ical4j's own parser, so tests check what a calendar
 * would see rather than the text Podium meant to write.
 */
record Ics(String text, Calendar calendar) {

    static Ics parse(String text) {
        try {
            return new Ics(text, new CalendarBuilder().build(new StringReader(text)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("not a calendar ical4j can read:\n" + text, e);
        }
    }

    VEvent event() {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        if (events.size() != 1) {
            throw new AssertionError("expected one VEVENT, found " + events.size());
        }
        return events.get(0);
    }

    List<VTimeZone> timeZones() {
        return calendar.getComponents(VTimeZone.VTIMEZONE);
    }

    VAlarm alarm() {
        List<VAlarm> alarms = event().getAlarms();
        if (alarms.size() != 1) {
            throw new AssertionError("expected one VALARM, found " + alarms.size());
        }
        return alarms.get(0);
    }

    /** The calendar's own property, e.g. METHOD. */
    String calendarValue(String name) {
        return calendar.getProperty(name).map(Property::getValue)
                .orElseThrow(() -> new AssertionError("no " + name + " in the VCALENDAR"));
    }

    /** The unescaped value of the VEVENT's property, or null when it is absent. */
    String value(String name) {
        return event().getProperty(name).map(Property::getValue).orElse(null);
    }

    /** A parameter of the VEVENT's property, e.g. TZID of DTSTART, or null when absent. */
    String parameter(String property, String parameter) {
        Optional<Property> found = event().getProperty(property);
        return found.flatMap(p -> p.<Parameter>getParameter(parameter)).map(Parameter::getValue).orElse(null);
    }

    /** The raw (unfolded) content lines, as they are in the file. */
    List<String> unfoldedLines() {
        return text.replace("\r\n ", "").lines().toList();
    }
}
