package org.podium.cli.common;

import java.io.PrintWriter;
import org.podium.domain.Event;
import org.podium.domain.Schedule;

/**
 * Tells the user on stderr when a start they gave happens twice (the autumn overlap), so a
 * script that meant the second 02:30 learns the first was used; the command still succeeds.
 */
public final class StartNotice {
    private StartNotice() {
    }

    public static void ifAmbiguous(PrintWriter err, Event event) {
        Schedule.Resolved resolved = Schedule.resolve(event.start(), event.zone());
        if (resolved.fit() == Schedule.Fit.AMBIGUOUS) {
            err.println("note: " + event.start().toLocalTime() + " happens twice on " + event.start().toLocalDate()
                    + " in " + event.zone().getId() + "; using the first, " + resolved.start().getOffset().getId());
        }
    }
}
