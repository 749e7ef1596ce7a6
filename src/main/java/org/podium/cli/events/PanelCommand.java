package org.podium.cli.events;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.cli.common.BookCommand;
import org.podium.cli.common.Choices;
import org.podium.cli.common.EventJson;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.cli.common.LanguageOption;
import org.podium.cli.common.OutputFile;
import org.podium.cli.common.Parse;
import org.podium.domain.Event;
import org.podium.domain.Person;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.service.Book;
import org.podium.service.documents.CalendarService;
import org.podium.service.events.ChaseLine;
import org.podium.service.documents.CueSheetService;
import org.podium.service.events.EventDetails;
import org.podium.service.common.Formats;
import org.podium.service.common.Wording;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code podium panel …}: seat speakers, list the panel, save the cue sheet and invitations. */
@Command(name = "panel", description = "Seat speakers on an event's panel, list it, save its cue sheet and invitations.",
        subcommands = {PanelCommand.Seat.class, PanelCommand.ListPanel.class, PanelCommand.Sheet.class,
            PanelCommand.Invite.class, PanelCommand.Brief.class})
public final class PanelCommand {
    @Command(name = "seat", description = "Seat a person on an event's panel, after the seats already there.")
    static final class Seat extends EventCommand {
        @Parameters(index = "1", paramLabel = "PERSON", description = "The person's id or email.")
        String person;
        @Option(names = "--role", required = true, paramLabel = "ROLE", completionCandidates = Choices.Roles.class,
                description = "${COMPLETION-CANDIDATES}.")
        String role;
        @Option(names = "--state", defaultValue = "invited", paramLabel = "STATE", completionCandidates = Choices.States.class,
                description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        String state;

        @Override
        int run(long eventId) {
            PersonRef who = PersonRef.parse("PERSON", person);
            SeatRole seatRole = Parse.choice("role", role, SeatRole.class);
            SeatState seatState = Parse.choice("state", state, SeatState.class);
            Event found = book().panel().event(eventId);
            Person p = who.resolve(book());
            long seatId = book().panel().seat(eventId, p.id(), seatRole, seatState).id();
            List<EventDetails.SeatLine> seats = book().panel().seats(eventId);
            int number = 1;
            while (seats.get(number - 1).seat().id() != seatId) {
                number++;
            }
            if (json()) {
                Json.print(out(), PanelJson.seat(seats.get(number - 1), number));
            } else {
                out().println("Seated " + p.fullName() + " on “" + found.title() + "” as " + EventJson.lower(seatRole)
                        + " (" + EventJson.lower(seatState) + "), seat " + number + ".");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "List an event's panel in order, and what needs chasing.")
    static final class ListPanel extends EventCommand {

        @Override
        int run(long eventId) {
            Event e = book().panel().event(eventId);
            List<EventDetails.SeatLine> seats = book().panel().seats(eventId);
            List<ChaseLine> chasing = book().panel().chasing(eventId);
            if (json()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("eventId", e.id());
                m.put("title", e.title());
                m.put("seats", java.util.stream.IntStream.range(0, seats.size())
                        .mapToObj(i -> PanelJson.seat(seats.get(i), i + 1)).toList());
                m.put("chasing", chasing.stream().map(PanelJson::chase).toList());
                Json.print(out(), m);
                return ExitCode.OK;
            }
            out().println(e.title() + " — " + Formats.startWithZone(e, Locale.ENGLISH));
            if (seats.isEmpty()) {
                out().println("Nobody is seated yet. Seat someone with: panel seat " + e.id() + " PERSON --role panellist");
            }
            for (int i = 0; i < seats.size(); i++) {
                out().println(PanelJson.seatLine(seats.get(i), i + 1));
            }
            if (!chasing.isEmpty()) {
                out().println();
                out().println("Needs chasing:");
                chasing.forEach(c -> out().println("  " + PanelJson.chaseLine(c)));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "sheet", description = "Save an event's cue sheet as a PDF.")
    static final class Sheet extends EventCommand {
        @Mixin
        OutputFile output;

        @Override
        int run(long eventId) {
            Event e = book().panel().event(eventId);
            CueSheetService.Rendered<Path> saved = book().cueSheets().savePdf(eventId, output.path(), Wording.of(Locale.ENGLISH));
            Path file = warnOfMissingFonts(this, saved);
            return report(() -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", file.toString());
                m.put("eventId", e.id());
                m.put("title", e.title());
                m.put("missingCharacters", saved.missing().stream().map(Character::toString).toList());
                return m;
            }, "Saved the cue sheet of “" + e.title() + "” to " + file);
        }
    }

    /** A command about one speaker of one event: {@code panel invite 2 liam@mpi.example}. */
    abstract static class SpeakerCommand extends EventCommand {
        @Parameters(index = "1", paramLabel = "PERSON", description = "The speaker's id or email.")
        String person;

        /** Does the command's work for the speaker on the event and returns its exit code. */
        abstract int run(Event e, Person p);

        /** Reads the command's own options, so that bad input is told before the book is read. */
        void readOptions() {
        }

        @Override
        final int run(long eventId) {
            PersonRef who = PersonRef.parse("PERSON", person);
            readOptions();
            Event e = book().panel().event(eventId);
            return run(e, who.resolve(book()));
        }
    }

    @Command(name = "invite", description = "Save a speaker's invitation (.ics): the event addressed to them,"
            + " with their role and agenda slot.")
    static final class Invite extends SpeakerCommand {
        @Mixin
        OutputFile output;

        @Override
        int run(Event e, Person p) {
            CalendarService.Invitation saved = book().calendar().saveSpeakerIcs(e.id(), p.id(), output.path());
            if (!saved.addressed()) {
                err().println("note: " + p.fullName() + " has no email address, so the"
                        + " file describes their part but is not addressed to them");
            }
            return report(() -> {
                Map<String, Object> m = personFile(saved.file(), e, p);
                m.put("addressed", saved.addressed());
                return m;
            }, "Saved the invitation of " + p.fullName() + " to “" + e.title() + "” to " + saved.file());
        }
    }

    @Command(name = "brief", description = "Save a speaker's briefing as a PDF: their slot, the access link, the"
            + " technical check, the other speakers and their recording consent.")
    static final class Brief extends SpeakerCommand {
        @Mixin
        LanguageOption language;
        @Mixin
        OutputFile output;
        private Locale locale;

        @Override
        void readOptions() {
            locale = language.locale();
        }

        @Override
        int run(Event e, Person p) {
            Path file = warnOfMissingFonts(this, book().briefings().savePdf(e.id(), p.id(), Wording.of(locale),
                    output.path()));
            return report(() -> personFile(file, e, p),
                    "Saved the briefing of " + p.fullName() + " for “" + e.title() + "” to " + file);
        }
    }

    /** Warns on standard error of the characters no font could draw in the PDF; returns the file saved. */
    private static Path warnOfMissingFonts(BookCommand command, CueSheetService.Rendered<Path> saved) {
        if (!saved.missing().isEmpty()) {
            command.err().println("Warning: " + saved.missing().size() + " character(s) have no font"
                    + " on this computer and show as □ in the PDF: " + saved.missingText());
        }
        return saved.output();
    }

    /** The JSON summary of a file written for one person on one event: {file, eventId, personId, person}. */
    private static Map<String, Object> personFile(Path file, Event e, Person p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("eventId", e.id());
        m.put("personId", p.id());
        m.put("person", p.fullName());
        return m;
    }
}
