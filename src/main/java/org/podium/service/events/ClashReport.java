package org.podium.service.events;

import java.util.List;
import org.podium.domain.Event;
import org.podium.domain.Person;

/**
 * What the scheduling form warns about for a draft: the events at the same time, and the
 * speakers of the draft who are booked on another event at that time.
 */
public record ClashReport(List<Event> overlappingEvents, List<SpeakerClashLine> speakerClashes) {
    public ClashReport {
        overlappingEvents = List.copyOf(overlappingEvents);
        speakerClashes = List.copyOf(speakerClashes);
    }

    /** A speaker of the draft and the other event that holds them at the same time. */
    public record SpeakerClashLine(Person person, Event other) {
    }

    public static ClashReport none() {
        return new ClashReport(List.of(), List.of());
    }

    public boolean isEmpty() {
        return overlappingEvents.isEmpty() && speakerClashes.isEmpty();
    }
}
