package org.podium.service.registrants;


import java.util.EnumMap;
import java.util.Map;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.Waitlist;

/** How an event's registrations stand against its capacity, as the Registrants tab heads them. */
public record RegistrantCounts(Integer capacity, Map<RegistrationStatus, Long> byStatus) {
    public RegistrantCounts {
        Map<RegistrationStatus, Long> all = new EnumMap<>(RegistrationStatus.class);
        for (RegistrationStatus s : RegistrationStatus.values()) {
            all.put(s, byStatus.getOrDefault(s, 0L));
        }
        byStatus = Map.copyOf(all);
    }

    public long count(RegistrationStatus status) {
        return byStatus.get(status);
    }

    /** Registered, attended and no-show registrants: those holding a seat. */
    public long seatsTaken() {
        return Waitlist.HOLDS_A_SEAT.stream().mapToLong(this::count).sum();
    }

    public long waitlisted() {
        return count(RegistrationStatus.WAITLISTED);
    }

    /** How many waitlisted registrants a promotion would seat now. */
    public long promotable() {
        return Waitlist.seatsFree(seatsTaken(), capacity, waitlisted());
    }

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }
}
