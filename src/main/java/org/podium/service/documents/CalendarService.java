package org.podium.service.documents;

import org.podium.service.common.FileWriteException;
import org.podium.service.common.NotFoundException;
import org.podium.service.common.Wording;
import org.podium.service.events.EventDetails;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.podium.domain.Agenda;
import org.podium.domain.Event;
import org.podium.domain.Organisation;
import org.podium.domain.OrganiserRole;
import org.podium.domain.Person;
import org.podium.exchange.ics.IcsEvent;
import org.podium.exchange.ics.IcsWriter;

/**
 * Calendar (.ics) files for events, as the Export tab and {@code events ics} save them, and
 * each speaker's own invitation: the event's UID and sequence let a calendar that imported an
 * earlier file replace its entry.
 */
public final class CalendarService {
    private static final Set<OrganiserRole> ORGANISING = Set.of(OrganiserRole.ORGANISER, OrganiserRole.CO_ORGANISER);

    private final DocumentSources sources;
    private final IcsWriter writer;

    public CalendarService(DocumentSources sources) {
        this.sources = sources;
        this.writer = new IcsWriter(sources.clock());
    }

    /** A saved speaker invitation: the file, the person, and whether it could name their address. */
    public record Invitation(Path file, Person person, boolean addressed) {
    }

    /** The event's calendar file as text; an unknown id is a {@link NotFoundException}. */
    public String eventIcs(long eventId) {
        return writer.text(icsEvent(eventId));
    }

    /**
     * Saves the event's calendar file. It is written beside the target under a temporary name,
     * forced to disk and renamed over the target, so a failure at any point leaves the old file
     * (or none), never half of one.
     *
     * @throws NotFoundException for an unknown id, before anything is written
     * @throws FileWriteException when the file cannot be written; the message says why
     */
    public void saveEventIcs(long eventId, Path file) {
        IcsEvent ics = icsEvent(eventId);
        sources.files().write(file, out -> writer.write(ics, out));
    }

    /** The speaker's invitation as text; see {@link #saveSpeakerIcs}. */
    public String speakerIcs(long eventId, long personId) {
        return writer.text(speakerEvent(eventId, personId));
    }

    /**
     * Saves one speaker's invitation: the event's calendar entry addressed to them (an
     * iTIP request when they have an address), with their role and their agenda slots in the
     * description. A person with no address still gets the description, but not the request.
     *
     * @throws NotFoundException for an unknown event or person, before anything is written
     * @throws org.podium.domain.InvalidFieldException when the person has no seat on the event
     * @throws FileWriteException when the file cannot be written
     */
    public Invitation saveSpeakerIcs(long eventId, long personId, Path file) {
        IcsEvent ics = speakerEvent(eventId, personId);
        Path saved = sources.files().write(file, out -> writer.write(ics, out));
        return new Invitation(saved, sources.directory().getPerson(personId), !ics.attendees().isEmpty());
    }

    private IcsEvent speakerEvent(long eventId, long personId) {
        EventDetails details = sources.events().details(eventId)
                .orElseThrow(() -> new NotFoundException("There is no event " + eventId + "."));
        Person person = sources.directory().getPerson(personId);
        EventDetails.SeatLine seat = details.seats().stream().filter(s -> s.person().id() == personId).findFirst()
                .orElseThrow(() -> new org.podium.domain.InvalidFieldException("person", person.fullName()
                        + " (person " + personId + ") has no seat on “" + details.event().title()
                        + "”: seat them first"));
        IcsEvent ics = IcsEvent.of(details.event(), organiserName(details.event()), "")
                .withExtraParagraph(speakerParagraph(details, seat));
        return person.email().isEmpty() ? ics
                : ics.withAttendees(List.of(new IcsEvent.Attendee(person.fullName(), person.email())));
    }

    /** "Invitation for …", the seat's role and answer, and each agenda slot the person speaks in. */
    static String speakerParagraph(EventDetails details, EventDetails.SeatLine seat) {
        Person person = seat.person();
        Wording english = Wording.of(Locale.ENGLISH);
        List<String> lines = new ArrayList<>();
        lines.add("Invitation for " + person.fullName() + ": " + english.get("enum.SeatRole." + seat.seat().role().name())
                + " (" + english.get("enum.SeatState." + seat.seat().state().name()).toLowerCase(Locale.ENGLISH) + ").");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
        DateTimeFormatter zone = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
        List<Agenda.Timed> slots = details.agenda().stream()
                .filter(t -> t.item().speakerIds().contains(person.id())).toList();
        if (slots.isEmpty()) {
            lines.add("Your slot: not on the agenda yet.");
        }
        for (Agenda.Timed t : slots) {
            lines.add("Your slot: " + time.format(t.start()) + "–" + time.format(t.end()) + " " + zone.format(t.start())
                    + " (" + t.item().minutes() + " min), " + t.item().title() + ".");
        }
        return String.join("\n", lines);
    }

    private IcsEvent icsEvent(long eventId) {
        Event event = sources.events().get(eventId);
        return IcsEvent.of(event, organiserName(event), "");
    }

    /** The first organisation organising the event, or "" when none is named. */
    private String organiserName(Event event) {
        Map<Long, Organisation> byId = sources.directory().organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return event.organisers().stream()
                .filter(o -> ORGANISING.contains(o.role()) && byId.containsKey(o.organisationId()))
                .map(o -> byId.get(o.organisationId()).name())
                .findFirst().orElse("");
    }
}
