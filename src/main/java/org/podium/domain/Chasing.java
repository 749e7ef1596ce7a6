package org.podium.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule for what a coordinator still has to chase on a coming event: a speaker who has
 * not answered with less than a week to go, and a speaker seated on two events at once.
 */
public final class Chasing {
    /** How close to its start an event may get with a speaker who has not yet confirmed. */
    public static final Duration ANSWER_BY = Duration.ofDays(7);

    private Chasing() {
    }

    /** Why a seat needs chasing. */
    public enum Reason {
        /** Still invited, and the event starts in less than {@link #ANSWER_BY}. */
        UNANSWERED,
        /** The person also sits on another event at the same time. */
        DOUBLE_BOOKED
    }

    /** One seat to chase; {@code otherEventId} is the clashing event, 0 for an unanswered seat. */
    public record Chase(long eventId, long personId, Reason reason, long otherEventId) {
    }

    /**
     * Every seat to chase, by event id, each event's in the order of its seats. Only events
     * that have not ended and are not cancelled need chasing; a declined seat never does.
     * Events missing from {@code events} (in the trash) are ignored.
     */
    public static Map<Long, List<Chase>> find(List<Event> events, List<PanelSeat> seats, Instant now) {
        Map<Long, Event> byId = new HashMap<>();
        for (Event e : events) {
            byId.put(e.id(), e);
        }
        List<PanelSeat> live = seats.stream()
                .filter(s -> s.state() != SeatState.DECLINED && byId.containsKey(s.eventId()))
                .sorted(Comparator.comparingLong(PanelSeat::eventId).thenComparingInt(PanelSeat::order)
                        .thenComparingLong(PanelSeat::id))
                .toList();
        Map<Long, List<Event>> eventsByPerson = new HashMap<>();
        for (PanelSeat s : live) {
            eventsByPerson.computeIfAbsent(s.personId(), k -> new ArrayList<>()).add(byId.get(s.eventId()));
        }
        Map<Long, List<Chase>> result = new LinkedHashMap<>();
        for (PanelSeat s : live) {
            Event event = byId.get(s.eventId());
            if (!needsChasing(event, now)) {
                continue;
            }
            if (s.state() == SeatState.INVITED && Duration.between(now, event.startInstant()).compareTo(ANSWER_BY) < 0) {
                add(result, new Chase(event.id(), s.personId(), Reason.UNANSWERED, 0));
            }
            List<Event> others = eventsByPerson.get(s.personId()).stream()
                    .sorted(Comparator.comparing(Event::startInstant)).toList();
            for (Event other : Clashes.overlapping(event, others)) {
                add(result, new Chase(event.id(), s.personId(), Reason.DOUBLE_BOOKED, other.id()));
            }
        }
        return result;
    }

    private static boolean needsChasing(Event event, Instant now) {
        return event.status() != EventStatus.CANCELLED && event.endInstant().isAfter(now);
    }

    private static void add(Map<Long, List<Chase>> result, Chase chase) {
        result.computeIfAbsent(chase.eventId(), k -> new ArrayList<>()).add(chase);
    }
}
