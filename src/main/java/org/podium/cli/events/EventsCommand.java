package org.podium.cli.events;

import java.io.PrintWriter;
import java.util.Locale;
import org.podium.cli.common.BadInputException;
import org.podium.cli.common.BookCommand;
import org.podium.cli.common.EventJson;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.cli.common.Parse;
import org.podium.cli.common.StartNotice;
import org.podium.domain.Event;
import org.podium.service.Book;
import org.podium.service.events.EventDetails;
import org.podium.service.events.EventSummary;
import org.podium.service.common.Formats;
import org.podium.service.common.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code podium events …}: list, add and show events. */
@Command(name = "events", description = "List, add and show events.",
        subcommands = {EventsCommand.ListEvents.class, EventsCommand.AddEvent.class, EventsCommand.ShowEvent.class,
            UpdateEvent.class, DuplicateEvent.class, DeleteEvent.class, RestoreEvent.class, EventIcsCommand.class,
            AnnounceCommand.Announce.class, AnnounceCommand.Mail.class})
public final class EventsCommand {
    @Command(name = "list", description = "List events: upcoming first, then past.")
    static final class ListEvents extends BookCommand {
        @Override
        protected int run() {
            var events = book().events().list();
            if (json()) {
                Json.print(out(), events.stream()
                        .map(s -> EventJson.of(s.event(), s.shownStatus(), s.registrants())).toList());
                return ExitCode.OK;
            }
            if (events.isEmpty()) {
                out().println("No events in " + book().name() + ". Add one with 'events add' or load the sample with 'sample load'.");
            }
            for (EventSummary s : events) {
                out().printf("%5d  %-30s  %-9s  %6d  %s%n", s.event().id(),
                        Formats.startWithZone(s.event(), Locale.ENGLISH),
                        EventJson.lower(s.shownStatus()), s.registrants(), s.event().title());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "add", description = "Add an event and print its id.")
    static final class AddEvent extends BookCommand {
        @Option(names = "--title", required = true, description = "The event's title.")
        String title;
        @Option(names = "--start", required = true, paramLabel = "DATE-TIME",
                description = "Local start in the event's zone, e.g. 2026-05-28T10:00.")
        String start;
        @Option(names = "--zone", required = true, paramLabel = "ZONE", description = "Zone id, e.g. Europe/Rome.")
        String zone;
        @Option(names = "--minutes", required = true, paramLabel = "N", description = "Duration in minutes.")
        String minutes;
        @Option(names = "--subtitle", defaultValue = "")
        String subtitle;
        @Option(names = "--platform", defaultValue = "", description = "e.g. WebEx, Zoom, Teams.")
        String platform;

        @Override
        protected int run() {
            if (title.isBlank()) {
                throw new BadInputException("title: a title is required");
            }
            Event event = Event.builder(title, Parse.start("start", start), Parse.zone("zone", zone),
                            Parse.positiveMinutes("minutes", minutes))
                    .subtitle(subtitle).platform(platform).build();
            Event added = book().events().add(event);
            StartNotice.ifAmbiguous(err(), added);
            if (json()) {
                Json.print(out(), EventJson.of(book().events().details(added.id()).orElseThrow()));
            } else {
                out().println(added.id());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "show", description = "Show one event with its organisers, panel and agenda.")
    static final class ShowEvent extends EventCommand {

        @Override
        int run(long eventId) {
            EventDetails d = book().events().details(eventId)
                    .orElseThrow(() -> new NotFoundException("There is no event " + eventId + " in " + book().name() + "."));
            if (json()) {
                Json.print(out(), EventJson.of(d));
            } else {
                EventProse.print(out(), d);
            }
            return ExitCode.OK;
        }
    }
}
