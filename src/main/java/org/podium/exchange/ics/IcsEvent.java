package org.podium.exchange.ics;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.podium.domain.Event;
import org.podium.domain.EventKind;
import org.podium.domain.Text;

/**
 * What {@link IcsWriter} puts into one VEVENT, every field already resolved to text: the
 * service decides the wording, the writer only the iCalendar form.
 *
 * <p>{@code start} and {@code end} are local date-times in {@code zone}, as the invitation
 * states them; {@code end} is the real end (an event that crosses a clock change keeps its
 * length). Empty strings mean "absent" and leave the property out.
 *
 * @param organiserEmail a plain address; blank means {@link #NO_REPLY}
 * @param attendees when not empty the file becomes an invitation (METHOD:REQUEST)
 */
public record IcsEvent(String uid, int sequence, String summary, String description,
                       String location, String url, ZoneId zone, LocalDateTime start,
                       LocalDateTime end, String organiserName, String organiserEmail,
                       Status status, List<Attendee> attendees) {

    /** The CN written when the event names no organising organisation. */
    public static final String DEFAULT_ORGANISER = "Podium";

    /**
     * ORGANIZER must be a cal-address (RFC 5545 §3.8.4.3), so a file whose caller knows no
     * address still needs one; the reserved .invalid domain (RFC 2606) makes sure a calendar
     * that tries to write back reaches nobody.
     */
    public static final String NO_REPLY = "noreply@podium.invalid";

    /** The VEVENT STATUS values an event can have. */
    public enum Status {
        TENTATIVE, CONFIRMED, CANCELLED
    }

    /** One person invited by the file. */
    public record Attendee(String name, String email) {
        public Attendee {
            name = oneLine(name);
            email = Text.required(email, "email");
        }
    }

    public IcsEvent {
        uid = Text.required(uid, "uid");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative: " + sequence);
        }
        summary = Text.required(text(summary), "summary");
        description = text(description);
        location = text(location);
        url = Text.clean(url);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        organiserName = oneLine(organiserName);
        organiserName = organiserName.isEmpty() ? DEFAULT_ORGANISER : organiserName;
        organiserEmail = Text.clean(organiserEmail);
        organiserEmail = organiserEmail.isEmpty() ? NO_REPLY : organiserEmail;
        Objects.requireNonNull(status, "status");
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /**
     * The calendar entry for an event: SUMMARY is the title with its subtitle, DESCRIPTION
     * gathers the titles, the description, the links and the platform, and URL is the link a
     * reader most needs (registration before access).
     *
     * @param organiserName the organising organisation, blank for {@link #DEFAULT_ORGANISER}
     * @param organiserEmail the address replies go to, blank for {@link #NO_REPLY}
     */
    public static IcsEvent of(Event event, String organiserName, String organiserEmail) {
        String summary = event.subtitle().isEmpty() ? event.title() : event.title() + " — " + event.subtitle();
        String url = !event.registrationUrl().isEmpty() ? event.registrationUrl() : event.accessUrl();
        return new IcsEvent(event.uid(), event.icsSequence(), summary, description(event), location(event), url,
                event.zone(), event.startInZone().toLocalDateTime(), event.endInZone().toLocalDateTime(),
                organiserName, organiserEmail, status(event), List.of());
    }

    /** The same entry inviting these people, e.g. a speaker's own file. */
    public IcsEvent withAttendees(List<Attendee> people) {
        return new IcsEvent(uid, sequence, summary, description, location, url, zone, start, end,
                organiserName, organiserEmail, status, people);
    }

    /** The same entry with one more paragraph at the end of its description. */
    public IcsEvent withExtraParagraph(String paragraph) {
        String extra = text(paragraph);
        if (extra.isEmpty()) {
            return this;
        }
        return new IcsEvent(uid, sequence, summary, paragraphs(List.of(description, extra)), location, url,
                zone, start, end, organiserName, organiserEmail, status, attendees);
    }

    private static String description(Event e) {
        List<String> links = new ArrayList<>();
        if (!e.registrationUrl().isEmpty()) {
            links.add("Register: " + e.registrationUrl());
        }
        if (!e.accessUrl().isEmpty()) {
            links.add("Join: " + e.accessUrl());
        }
        if (!e.platform().isEmpty()) {
            links.add("Platform: " + e.platform());
        }
        return paragraphs(List.of(lines(List.of(e.subtitle(), e.secondTitle())), e.description(), lines(links)));
    }

    // The book has no venue field yet: an in-person event gets no LOCATION rather than a
    // wrong "Online"; anything with a platform is where the audience joins it.
    private static String location(Event e) {
        if (!e.platform().isEmpty()) {
            return e.platform() + " (online)";
        }
        return e.kind() == EventKind.IN_PERSON ? "" : "Online";
    }

    // A concluded event happened as planned, so calendars keep showing it as confirmed.
    private static Status status(Event e) {
        return switch (e.status()) {
            case DRAFT -> Status.TENTATIVE;
            case CANCELLED -> Status.CANCELLED;
            case SCHEDULED, CONCLUDED -> Status.CONFIRMED;
        };
    }

    private static String lines(List<String> parts) {
        return String.join("\n", parts.stream().filter(p -> !p.isEmpty()).toList());
    }

    private static String paragraphs(List<String> parts) {
        return String.join("\n\n", parts.stream().filter(p -> !p.isEmpty()).toList());
    }

    /**
     * Free text as iCalendar TEXT allows it: line breaks become LF (ical4j writes each as
     * {@code \n}; a stray CR would otherwise reach the file raw) and other control characters,
     * which RFC 5545 forbids in TEXT, are dropped; tabs stay.
     */
    static String text(String value) {
        String cleaned = Text.clean(value).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(cleaned.length());
        cleaned.codePoints()
                .filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    // A name goes into a CN parameter, where a line break cannot be written.
    private static String oneLine(String value) {
        return text(value).replace('\n', ' ').replace('\t', ' ').strip();
    }
}
