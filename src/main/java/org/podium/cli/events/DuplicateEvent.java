package org.podium.cli.events;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import org.podium.cli.common.EventJson;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.cli.common.Parse;
import org.podium.cli.common.StartNotice;
import org.podium.domain.Event;
import org.podium.service.Book;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code podium events duplicate ID --start DATE-TIME}: schedules the next event like this one. */
@Command(name = "duplicate", description = "Schedule a new event like this one (panel invited again, links cleared)"
        + " and print its id.")
final class DuplicateEvent extends EventCommand {
    @Option(names = "--start", required = true, paramLabel = "DATE-TIME",
            description = "Local start of the new event in the same zone, e.g. 2026-06-25T10:00.")
    String start;

    @Override
    int run(long eventId) {
        LocalDateTime newStart = Parse.start("start", start);
        Event copy = book().events().duplicate(eventId, newStart);
        StartNotice.ifAmbiguous(err(), copy);
        if (json()) {
            Json.print(out(), EventJson.of(book().events().details(copy.id()).orElseThrow()));
        } else {
            out().println(copy.id());
        }
        return ExitCode.OK;
    }
}
