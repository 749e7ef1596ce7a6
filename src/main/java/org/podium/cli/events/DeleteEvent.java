package org.podium.cli.events;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.domain.Event;
import org.podium.service.Book;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code podium events delete ID}: moves an event to the trash. It does not ask first, as the
 * window does, because scripts cannot answer and {@code events restore} undoes it.
 */
@Command(name = "delete", description = "Move an event to the trash; 'events restore' brings it back.")
final class DeleteEvent extends EventCommand {

    @Override
    int run(long eventId) {
        Event trashed = book().events().moveToTrash(eventId);
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", trashed.id());
            m.put("uid", trashed.uid());
            m.put("title", trashed.title());
            m.put("inTrash", true);
            Json.print(out(), m);
        } else {
            out().println("Moved event " + trashed.id() + " “" + trashed.title()
                    + "” to the trash; restore it with: events restore " + trashed.id());
        }
        return ExitCode.OK;
    }
}
