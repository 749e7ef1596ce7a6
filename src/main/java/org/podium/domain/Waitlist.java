package org.podium.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The capacity rule: registered, attended and no-show registrants hold a seat; once the
 * seats are taken, new registrations wait, and freed seats go to the waitlist in order.
 */
public final class Waitlist {
    /** The statuses that hold one of the event's seats. */
    public static final Set<RegistrationStatus> HOLDS_A_SEAT =
            EnumSet.of(RegistrationStatus.REGISTERED, RegistrationStatus.ATTENDED, RegistrationStatus.NO_SHOW);

    private Waitlist() {
    }

    /** The status a new registration gets when {@code seatsTaken} seats are already held. */
    public static RegistrationStatus statusForNew(long seatsTaken, Integer capacity) {
        return capacity != null && seatsTaken >= capacity ? RegistrationStatus.WAITLISTED : RegistrationStatus.REGISTERED;
    }

    /** How many waitlisted registrants can be promoted now; unlimited capacity frees everyone. */
    public static long seatsFree(long seatsTaken, Integer capacity, long waiting) {
        if (capacity == null) {
            return waiting;
        }
        return Math.max(0, Math.min(waiting, capacity - seatsTaken));
    }
}
