package org.podium.service.events;

import java.util.List;
import org.podium.domain.Event;
import org.podium.domain.EventStatus;

/**
 * One line of the event list: the event, the status to show now, its registrant count, and
 * what still needs chasing on its panel (empty when nothing does).
 */
public record EventSummary(Event event, EventStatus shownStatus, long registrants, boolean upcoming,
                           List<ChaseLine> chasing) {
    public EventSummary {
        chasing = chasing == null ? List.of() : List.copyOf(chasing);
    }

    public EventSummary(Event event, EventStatus shownStatus, long registrants, boolean upcoming) {
        this(event, shownStatus, registrants, upcoming, List.of());
    }
}
