package org.podium.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The scheduling rule for clashes: which events take up the same time as a candidate. */
public final class Clashes {
    private Clashes() {
    }

    /** A person seated on the candidate who is also seated on another event at the same time. */
    public record SpeakerClash(long personId, Event other) {
    }

    /**
     * The events whose time overlaps the candidate's, in the order given. Intervals are
     * half-open, so an event that ends as the candidate starts is back to back, not a clash;
     * a cancelled event takes no time, and the candidate never clashes with its stored self.
     */
    public static List<Event> overlapping(Event candidate, List<Event> others) {
        List<Event> result = new ArrayList<>();
        for (Event other : others) {
            if (overlaps(candidate, other)) {
                result.add(other);
            }
        }
        return result;
    }

    /**
     * For each person seated on the candidate, in the order of {@code candidateSpeakerIds},
     * the overlapping events they are also seated on.
     */
    public static List<SpeakerClash> speakers(Event candidate, Set<Long> candidateSpeakerIds,
                                              Map<Long, List<Event>> eventsByPerson) {
        List<SpeakerClash> result = new ArrayList<>();
        for (long personId : candidateSpeakerIds) {
            for (Event other : overlapping(candidate, eventsByPerson.getOrDefault(personId, List.of()))) {
                result.add(new SpeakerClash(personId, other));
            }
        }
        return result;
    }

    private static boolean overlaps(Event candidate, Event other) {
        if (other.status() == EventStatus.CANCELLED) {
            return false;
        }
        if (candidate.id() != 0 && candidate.id() == other.id()) {
            return false;
        }
        return other.startInstant().isBefore(candidate.endInstant())
                && candidate.startInstant().isBefore(other.endInstant());
    }
}
