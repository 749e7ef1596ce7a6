package org.podium.exchange.ics;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes one event as an iCalendar file (RFC 5545): a VCALENDAR holding the VTIMEZONE of the
 * event's zone and one VEVENT with a 15-minute reminder, in UTF-8 with CRLF line ends.
 *
 * <p>Times are written as the invitation states them, local to the zone with its TZID
 * (DTSTART;TZID=Europe/Rome:20200528T100000), so a calendar in any zone shows the right
 * moment and a later change of that zone's rules moves the event with the zone, as it would
 * for the people in the room. ical4j builds the content and escapes the text; the folding is
 * {@link ContentLines}'s.
 */
public final class IcsWriter {
    public static final String PRODID = "-//Podium//Podium 0.1//EN";
    public static final Duration REMINDER = Duration.ofMinutes(15);

    private final Clock clock;
    /** ical4j's zone definitions, made at the first calendar written: making them costs about 0.2 s
     * of CPU, which a start of the window or of any other command should not pay. */
    private TimeZoneRegistry zones;

    /** @param clock gives DTSTAMP, the moment the file was made */
    public IcsWriter(Clock clock) {
        this.clock = clock;
    }

    private synchronized TimeZoneRegistry zones() {
        if (zones == null) {
            zones = TimeZoneRegistryFactory.getInstance().createRegistry();
        }
        return zones;
    }

    /** Writes the file's bytes; the stream is flushed, not closed. */
    public void write(IcsEvent event, OutputStream out) throws IOException {
        out.write(text(event).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** The whole file as text, each line folded and ended with CRLF. */
    public String text(IcsEvent event) {
        return ContentLines.fold(calendar(event).toString());
    }

    /** The file as ical4j's model, before it is written. */
    Calendar calendar(IcsEvent e) {
        Optional<VTimeZone> timeZone = timeZone(e.zone());
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        // iTIP (RFC 5546 §3.2.1) forbids ATTENDEE in a PUBLISH: a file that invites people
        // is a REQUEST, one that only announces the event is a PUBLISH.
        calendar.add(e.attendees().isEmpty() ? ImmutableMethod.PUBLISH : ImmutableMethod.REQUEST);
        timeZone.ifPresent(calendar::add);
        calendar.add(event(e, timeZone));
        return calendar;
    }

    private VEvent event(IcsEvent e, Optional<VTimeZone> timeZone) {
        // false: the no-argument forms stamp DTSTAMP from the system clock, not the injected one.
        VEvent v = new VEvent(false);
        v.add(new DtStamp(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        v.add(new Uid(e.uid()));
        v.add(new Sequence(e.sequence()));
        v.add(new DtStart<>(time(e.start(), e.zone(), timeZone)));
        v.add(new DtEnd<>(time(e.end(), e.zone(), timeZone)));
        v.add(new Summary(e.summary()));
        if (!e.description().isEmpty()) {
            v.add(new Description(e.description()));
        }
        if (!e.location().isEmpty()) {
            v.add(new Location(e.location()));
        }
        webAddress(e.url()).ifPresent(uri -> v.add(new Url(uri)));
        v.add(new Organizer(new ParameterList(List.of(new Cn(e.organiserName()))), mailto(e.organiserEmail())));
        for (IcsEvent.Attendee a : e.attendees()) {
            ParameterList params = new ParameterList(a.name().isEmpty()
                    ? List.of(Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION)
                    : List.of(new Cn(a.name()), Role.REQ_PARTICIPANT, PartStat.NEEDS_ACTION));
            v.add(new Attendee(params, mailto(a.email())));
        }
        v.add(switch (e.status()) {
            case TENTATIVE -> ImmutableStatus.VEVENT_TENTATIVE;
            case CONFIRMED -> ImmutableStatus.VEVENT_CONFIRMED;
            case CANCELLED -> ImmutableStatus.VEVENT_CANCELLED;
        });
        VAlarm alarm = new VAlarm(REMINDER.negated());
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description("In " + REMINDER.toMinutes() + " minutes: " + e.summary()));
        v.add(alarm);
        return v;
    }

    /**
     * The VTIMEZONE from ical4j's bundled tz data (never fetched: see ical4j.properties), or
     * none for a fixed offset such as UTC or +02:00, which has no tz database entry and is
     * written as UTC instead.
     */
    private Optional<VTimeZone> timeZone(ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset) {
            return Optional.empty();
        }
        TimeZone tz;
        try {
            tz = zones().getTimeZone(zone.getId());
        } catch (RuntimeException e) {
            tz = null;
        }
        if (tz == null) {
            throw new IllegalArgumentException("no iCalendar time-zone definition for " + zone.getId());
        }
        return Optional.of(tz.getVTimeZone());
    }

    /**
     * A local time in the zone whose TZID the VTIMEZONE carries: for an old alias such as
     * Asia/Calcutta that is the current name (Asia/Kolkata), and DTSTART must name the same.
     */
    private static Temporal time(LocalDateTime local, ZoneId zone, Optional<VTimeZone> timeZone) {
        if (timeZone.isEmpty()) {
            return local.atZone(zone).toInstant();
        }
        String tzid = timeZone.get().getTimeZoneId().getValue();
        ZoneId named;
        try {
            named = ZoneId.of(tzid);
        } catch (DateTimeException e) {
            named = zone;
        }
        return ZonedDateTime.ofLocal(local, named, null);
    }

    // A link that is not an absolute URI is left to the description, which quotes it as text,
    // rather than failing the whole file.
    private static Optional<URI> webAddress(String url) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static URI mailto(String email) {
        try {
            // The three-part constructor quotes whatever an address holds that a URI may not.
            return new URI("mailto", email, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + email + "' cannot be written as a mailto: address", e);
        }
    }
}
