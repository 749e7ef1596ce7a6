package org.podium.ui.panel;

import org.podium.domain.PanelSeat;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;

/** One seat as the panel list shows it: the seat itself and its person, already worded. */
public record SeatRow(PanelSeat seat, int number, String name, String about, String email) {
    public long id() {
        return seat.id();
    }

    public long personId() {
        return seat.personId();
    }

    public SeatRole role() {
        return seat.role();
    }

    public SeatState state() {
        return seat.state();
    }
}
