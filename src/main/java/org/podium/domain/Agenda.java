package org.podium.domain;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Run-of-show timing: each item starts where the one before it ended, in the event's zone. */
public final class Agenda {
    private Agenda() {
    }

    /** An agenda item with its computed start and end. */
    public record Timed(AgendaItem item, ZonedDateTime start, ZonedDateTime end) {
    }

    /**
     * Times the items from the event's start. Minutes are elapsed time, so an item that
     * crosses a daylight-saving change ends at the right wall-clock time.
     */
    public static List<Timed> timed(Event event, List<AgendaItem> items) {
        List<Timed> result = new ArrayList<>(items.size());
        ZonedDateTime cursor = event.startInZone();
        for (AgendaItem item : items) {
            ZonedDateTime end = cursor.plusMinutes(item.minutes());
            result.add(new Timed(item, cursor, end));
            cursor = end;
        }
        return result;
    }

    /** Total planned minutes of the items. */
    public static int totalMinutes(List<AgendaItem> items) {
        return items.stream().mapToInt(AgendaItem::minutes).sum();
    }
}
