package org.podium.cli.events;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.podium.cli.common.BadInputException;
import org.podium.cli.common.Choices;
import org.podium.cli.common.EventJson;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.cli.common.Parse;
import org.podium.cli.common.StartNotice;
import org.podium.domain.Event;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;
import org.podium.domain.Stamp;
import org.podium.service.Book;
import org.podium.service.common.EditConflictException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code podium events update ID [options]}: changes only the fields given, then shows the event. */
@Command(name = "update", description = "Change an event: only the options given change; prints it as 'show' does.")
final class UpdateEvent extends EventCommand {
    @Option(names = "--title", paramLabel = "TEXT")
    String title;
    @Option(names = "--subtitle", paramLabel = "TEXT")
    String subtitle;
    @Option(names = "--second-title", paramLabel = "TEXT", description = "The title in the audience's second language.")
    String secondTitle;
    @Option(names = "--start", paramLabel = "DATE-TIME", description = "Local start in the event's zone, e.g. 2026-05-28T10:00.")
    String start;
    @Option(names = "--zone", paramLabel = "ZONE", description = "Zone id, e.g. Europe/Rome.")
    String zone;
    @Option(names = "--minutes", paramLabel = "N", description = "Duration in minutes.")
    String minutes;
    @Option(names = "--status", paramLabel = "STATUS", completionCandidates = Choices.EventStatuses.class,
            description = "${COMPLETION-CANDIDATES}.")
    String status;
    @Option(names = "--kind", paramLabel = "KIND", completionCandidates = Choices.EventKinds.class,
            description = "${COMPLETION-CANDIDATES}.")
    String kind;
    @Option(names = "--capacity", paramLabel = "N", description = "Places; an empty value removes the limit.")
    String capacity;
    @Option(names = "--platform", paramLabel = "TEXT", description = "e.g. WebEx, Zoom, Teams.")
    String platform;
    @Option(names = "--registration-url", paramLabel = "URL")
    String registrationUrl;
    @Option(names = "--access-url", paramLabel = "URL")
    String accessUrl;
    @Option(names = "--recording-url", paramLabel = "URL")
    String recordingUrl;
    @Option(names = "--report-url", paramLabel = "URL")
    String reportUrl;
    @Option(names = "--description", paramLabel = "TEXT")
    String description;
    @Option(names = "--expect-version", paramLabel = "N", description = "Change the event only if it is still at"
            + " version N, as 'show --json' gives it; if someone changed it since, exit 1 saying who and when.")
    String expectVersion;

    @Override
    int run(long eventId) {
        Long expected = expectVersion == null ? null : Parse.id("expect-version", expectVersion);
        // Every option is parsed before the book is opened, so a bad value changes nothing.
        List<UnaryOperator<Event.Builder>> changes = changes();
        if (changes.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Nothing to change: give at least one option, such as --title or --start.");
        }
        Event.Builder edited = book().events().get(eventId).toBuilder();
        for (UnaryOperator<Event.Builder> change : changes) {
            change.apply(edited);
        }
        Event saved = saveExpecting(book(), edited.build(), expected);
        if (start != null || zone != null) {
            StartNotice.ifAmbiguous(err(), saved);
        }
        var details = book().events().details(saved.id()).orElseThrow();
        if (json()) {
            Json.print(out(), EventJson.of(details));
        } else {
            EventProse.print(out(), details);
        }
        return ExitCode.OK;
    }

    private static Event saveExpecting(Book book, Event edited, Long expected) {
        try {
            return book.events().update(edited, expected).value();
        } catch (EditConflictException e) {
            Stamp theirs = e.stamp();
            throw new BadInputException("expect-version: event " + edited.id() + " is at version " + theirs.version()
                    + ", not " + expected + ": changed by " + (theirs.changedBy().isEmpty() ? "someone else"
                    : theirs.changedBy()) + (theirs.changedAt() == null ? "" : " at " + theirs.changedAt())
                    + "; nothing was changed. See it with 'events show " + edited.id()
                    + "', then update again with --expect-version " + theirs.version() + ".");
        }
    }

    private List<UnaryOperator<Event.Builder>> changes() {
        List<UnaryOperator<Event.Builder>> changes = new ArrayList<>();
        if (title != null) {
            if (title.isBlank()) {
                throw new BadInputException("title: a title is required");
            }
            changes.add(b -> b.title(title));
        }
        if (subtitle != null) {
            changes.add(b -> b.subtitle(subtitle));
        }
        if (secondTitle != null) {
            changes.add(b -> b.secondTitle(secondTitle));
        }
        if (start != null) {
            var value = Parse.start("start", start);
            changes.add(b -> b.start(value));
        }
        if (zone != null) {
            var value = Parse.zone("zone", zone);
            changes.add(b -> b.zone(value));
        }
        if (minutes != null) {
            int value = Parse.positiveMinutes("minutes", minutes);
            changes.add(b -> b.minutes(value));
        }
        if (status != null) {
            EventStatus value = Parse.choice("status", status, EventStatus.class);
            changes.add(b -> b.status(value));
        }
        if (kind != null) {
            EventKind value = Parse.choice("kind", kind, EventKind.class);
            changes.add(b -> b.kind(value));
        }
        if (capacity != null) {
            Integer value = Parse.capacity("capacity", capacity);
            changes.add(b -> b.capacity(value));
        }
        if (platform != null) {
            changes.add(b -> b.platform(platform));
        }
        if (registrationUrl != null) {
            String value = Parse.webAddress("registration-url", registrationUrl);
            changes.add(b -> b.registrationUrl(value));
        }
        if (accessUrl != null) {
            String value = Parse.webAddress("access-url", accessUrl);
            changes.add(b -> b.accessUrl(value));
        }
        if (recordingUrl != null) {
            String value = Parse.webAddress("recording-url", recordingUrl);
            changes.add(b -> b.recordingUrl(value));
        }
        if (reportUrl != null) {
            String value = Parse.webAddress("report-url", reportUrl);
            changes.add(b -> b.reportUrl(value));
        }
        if (description != null) {
            changes.add(b -> b.description(description));
        }
        return changes;
    }
}
