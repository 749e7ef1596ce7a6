package org.podium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.podium.domain.Event;
import org.podium.service.Book;
import org.podium.service.common.FileWriteException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code podium events ics ID -o FILE}: saves one event as an iCalendar (.ics) file. */
@Command(name = "ics", description = "Save an event as an iCalendar (.ics) file for calendars.")
final class EventIcsCommand implements Callable<Integer> {
    @ParentCommand
    EventsCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID", description = "The event's id, as 'events list' shows it.")
    String id;
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "The .ics file to write; an existing file is replaced.")
    Path output;
    @Option(names = "--json", description = "Print {file, uid, sequence} as JSON.")
    boolean json;

    @Override
    public Integer call() {
        long eventId = Parse.id("ID", id);
        PrintWriter out = spec.commandLine().getOut();
        try (Book book = parent.open()) {
            try {
                book.calendar().saveEventIcs(eventId, output);
            } catch (FileWriteException e) {
                // The message already names the file and the reason: bad input, not a crash.
                throw new BadInputException(e.getMessage());
            }
            Event event = book.events().get(eventId);
            Path file = output.toAbsolutePath().normalize();
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", file.toString());
                m.put("uid", event.uid());
                m.put("sequence", event.icsSequence());
                Json.print(out, m);
            } else {
                out.println("Saved '" + event.title() + "' to " + file);
            }
            return PodiumCli.OK;
        }
    }
}
