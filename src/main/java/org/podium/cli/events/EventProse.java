package org.podium.cli.events;

import java.io.PrintWriter;
import java.util.Locale;
import org.podium.cli.common.EventJson;
import org.podium.domain.Event;
import org.podium.service.events.EventDetails;
import org.podium.service.common.Formats;

/** An event written out for a person reading the terminal, as {@code events show} prints it. */
final class EventProse {
    private EventProse() {
    }

    static void print(PrintWriter out, EventDetails d) {
        Event e = d.event();
        out.println(e.title());
        if (!e.subtitle().isEmpty()) {
            out.println(e.subtitle());
        }
        if (!e.secondTitle().isEmpty()) {
            out.println(e.secondTitle());
        }
        out.println();
        out.println("When:      " + Formats.startWithZone(e, Locale.ENGLISH) + " (" + e.zone().getId()
                + "), " + e.minutes() + " minutes");
        out.println("Status:    " + EventJson.lower(d.shownStatus()));
        if (!e.platform().isEmpty()) {
            out.println("Platform:  " + e.platform());
        }
        d.series().ifPresent(s -> out.println("Series:    " + s.name()
                + (s.funder().isEmpty() ? "" : " (funded by " + s.funder() + ")")));
        out.println("Registrants: " + d.registrants());
        if (!d.organisers().isEmpty()) {
            out.println();
            out.println("Organisers:");
            d.organisers().forEach(o -> out.println("  " + o.organisation().name() + " — " + EventJson.lower(o.role())));
        }
        if (!d.seats().isEmpty()) {
            out.println();
            out.println("Panel:");
            d.seats().forEach(s -> out.println("  " + s.person().fullName() + " — " + EventJson.lower(s.seat().role())
                    + ", " + EventJson.lower(s.seat().state())
                    + s.organisation().map(o -> " (" + o.displayName() + ")").orElse("")));
        }
        if (!d.agenda().isEmpty()) {
            out.println();
            out.println("Agenda:");
            d.agenda().forEach(t -> out.printf("  %tH:%<tM  %3d min  %s%n", t.start(), t.item().minutes(),
                    t.item().title()));
        }
    }
}
