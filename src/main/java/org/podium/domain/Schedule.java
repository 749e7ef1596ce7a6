package org.podium.domain;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

/**
 * Turns an invitation's local date-time and zone into a real moment, and says when the
 * local time does not exist (the spring-forward gap) or happens twice (the autumn overlap).
 */
public final class Schedule {
    private Schedule() {
    }

    /** How a local time maps onto the zone's clock on that day. */
    public enum Fit {
        EXACT, IN_GAP, AMBIGUOUS
    }

    /** A resolved start: the moment used, and how the local time fitted. */
    public record Resolved(ZonedDateTime start, Fit fit) {
    }

    /**
     * Resolves the local time; a time in a gap is moved forward by the gap's length (as
     * {@link ZonedDateTime#of} does) and an ambiguous one takes the earlier offset, and the
     * fit says which happened so a form can refuse or warn.
     */
    public static Resolved resolve(LocalDateTime local, ZoneId zone) {
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.size() == 1) {
            return new Resolved(ZonedDateTime.ofLocal(local, zone, offsets.get(0)), Fit.EXACT);
        }
        if (offsets.isEmpty()) {
            return new Resolved(ZonedDateTime.of(local, zone), Fit.IN_GAP);
        }
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        ZoneOffset earlier = transition == null ? offsets.get(0) : transition.getOffsetBefore();
        return new Resolved(ZonedDateTime.ofLocal(local, zone, earlier), Fit.AMBIGUOUS);
    }
}
