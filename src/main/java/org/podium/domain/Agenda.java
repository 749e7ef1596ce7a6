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
        // Each item is at most a week, but a long enough agenda would still overflow an int.
        return (int) Math.min(Integer.MAX_VALUE, items.stream().mapToLong(AgendaItem::minutes).sum());
    }

    /** How the planned minutes fill the event's slot. */
    public enum Fit {
        /** No items yet. */
        EMPTY,
        /** The items fill the slot exactly. */
        ON_TIME,
        /** The items run past the event's end. */
        OVERRUN,
        /** The items end before the event does, leaving time unplanned. */
        UNDERRUN
    }

    /** A timed run-of-show measured against the event's slot. */
    public record Plan(Event event, List<Timed> items, int totalMinutes) {
        public Plan {
            items = List.copyOf(items);
        }

        public int slotMinutes() {
            return event.minutes();
        }

        /** Planned minus slot minutes: positive when the agenda overruns, negative when time is unplanned. */
        public int balance() {
            return totalMinutes - event.minutes();
        }

        public Fit fit() {
            if (items.isEmpty()) {
                return Fit.EMPTY;
            }
            int balance = balance();
            return balance == 0 ? Fit.ON_TIME : balance > 0 ? Fit.OVERRUN : Fit.UNDERRUN;
        }

        /** Where the last item ends (the event's start for an empty agenda). */
        public ZonedDateTime end() {
            return items.isEmpty() ? event.startInZone() : items.get(items.size() - 1).end();
        }
    }

    /** Times the items and measures them against the event's slot. */
    public static Plan plan(Event event, List<AgendaItem> items) {
        return new Plan(event, timed(event, items), totalMinutes(items));
    }
}
