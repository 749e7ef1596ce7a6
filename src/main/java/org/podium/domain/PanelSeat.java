package org.podium.domain;

import java.util.Objects;

/** One person's place on one event's panel. */
public record PanelSeat(long id, long eventId, long personId, SeatRole role, SeatState state,
                        int order, boolean techCheckDone, boolean consentToRecording) {
    public PanelSeat {
        Objects.requireNonNull(role, "role");
        state = state == null ? SeatState.INVITED : state;
    }

    public PanelSeat withId(long newId) {
        return new PanelSeat(newId, eventId, personId, role, state, order, techCheckDone,
                consentToRecording);
    }
}
