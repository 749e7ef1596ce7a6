package org.podium.service;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.podium.domain.Event;
import org.podium.domain.Organisation;
import org.podium.domain.OrganiserRole;
import org.podium.exchange.ics.IcsEvent;
import org.podium.exchange.ics.IcsWriter;

/**
 * Calendar (.ics) files for events, as the Export tab and {@code events ics} save them: the
 * event's UID and sequence let a calendar that imported an earlier file replace its entry.
 */
public final class CalendarService {
    private static final Set<OrganiserRole> ORGANISING = Set.of(OrganiserRole.ORGANISER, OrganiserRole.CO_ORGANISER);

    private final EventService events;
    private final DirectoryService directory;
    private final IcsWriter writer;

    public CalendarService(EventService events, DirectoryService directory, Clock clock) {
        this.events = events;
        this.directory = directory;
        this.writer = new IcsWriter(clock);
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
     * @throws ExportException when the file cannot be written; the message says why
     */
    public void saveEventIcs(long eventId, Path file) {
        IcsEvent ics = icsEvent(eventId);
        SafeFiles.write(file, out -> writer.write(ics, out));
    }

    private IcsEvent icsEvent(long eventId) {
        Event event = events.get(eventId);
        return IcsEvent.of(event, organiserName(event), "");
    }

    /** The first organisation organising the event, or "" when none is named. */
    private String organiserName(Event event) {
        Map<Long, Organisation> byId = directory.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return event.organisers().stream()
                .filter(o -> ORGANISING.contains(o.role()) && byId.containsKey(o.organisationId()))
                .map(o -> byId.get(o.organisationId()).name())
                .findFirst().orElse("");
    }
}
