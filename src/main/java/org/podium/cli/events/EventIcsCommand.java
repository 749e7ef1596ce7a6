package org.podium.cli.events;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.cli.common.OutputFile;
import org.podium.domain.Event;
import org.podium.service.Book;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code podium events ics ID -o FILE}: saves one event as an iCalendar (.ics) file. */
@Command(name = "ics", description = "Save an event as an iCalendar (.ics) file for calendars.")
final class EventIcsCommand extends EventCommand {
    @Mixin
    OutputFile output;

    @Override
    int run(long eventId) {
        book().calendar().saveEventIcs(eventId, output.path());
        Event event = book().events().get(eventId);
        Path file = output.path().toAbsolutePath().normalize();
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file.toString());
            m.put("uid", event.uid());
            m.put("sequence", event.icsSequence());
            Json.print(out(), m);
        } else {
            out().println("Saved '" + event.title() + "' to " + file);
        }
        return ExitCode.OK;
    }
}
