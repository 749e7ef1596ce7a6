package org.podium.cli.registrants;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.podium.cli.common.BookCommand;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.cli.common.OutputFile;
import org.podium.cli.common.Parse;
import org.podium.service.Book;
import org.podium.service.book.EventFileService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code podium exchange export|import}: one event as a JSON file, carried between books. */
@Command(name = "exchange", description = "Carry one event between books as a JSON file.",
        subcommands = {ExchangeCommand.Export.class, ExchangeCommand.Import.class})
public final class ExchangeCommand {
    @Command(name = "export", description = "Save one event (organisers, people, seats, agenda) as an event file.")
    static final class Export extends BookCommand {
        @Option(names = "--event", required = true, paramLabel = "ID")
        String event;
        @Mixin
        OutputFile output;
        @Option(names = "--with-registrants", description = "Include the registrants too.")
        boolean withRegistrants;

        @Override
        protected int run() {
            long id = Parse.id("event", event);
            EventFileService.Saved saved = book().eventFiles().export(id, withRegistrants, output.path());
            if (json()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", saved.file().toString());
                m.put("event", id);
                m.put("title", saved.title());
                m.put("people", saved.people());
                m.put("seats", saved.seats());
                m.put("agendaItems", saved.agendaItems());
                m.put("registrants", saved.registrants().orElse(null));
                Json.print(out(), m);
            } else {
                out().println("Saved “" + saved.title() + "” to " + saved.file() + ": " + saved.people() + " people, "
                        + saved.seats() + " seats, " + saved.agendaItems() + " agenda items"
                        + saved.registrants().map(n -> ", " + n + " registrants").orElse(", no registrants") + ".");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "import", description = "Open an event file: add the event, or update it if this book has it.")
    static final class Import extends BookCommand {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        protected int run() {
            EventFileService.Imported r = book().eventFiles().importFile(file);
            if (json()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("eventId", r.eventId());
                m.put("title", r.title());
                m.put("event", r.eventAdded() ? "added" : r.eventUpdated() ? "updated" : "unchanged");
                m.put("restoredFromTrash", r.restoredFromTrash());
                m.put("organisations", counts(r.organisations()));
                m.put("people", counts(r.people()));
                m.put("seats", counts(r.seats()));
                m.put("agenda", counts(r.agenda()));
                m.put("registrants", r.registrants().map(ExchangeCommand::counts).orElse(null));
                m.put("skippedAsErased", r.skippedAsErased());
                m.put("erasedSkipped", r.skippedAsErased());
                Json.print(out(), m);
                return ExitCode.OK;
            }
            out().println((r.eventAdded() ? "Added" : r.eventUpdated() ? "Updated" : "Already up to date:") + " event "
                    + r.eventId() + " “" + r.title() + "”" + (r.restoredFromTrash() ? " (brought back from the trash)" : "")
                    + ".");
            out().println("  organisations: " + prose(r.organisations()));
            out().println("  people:        " + prose(r.people()));
            out().println("  seats:         " + prose(r.seats()));
            out().println("  agenda items:  " + prose(r.agenda()));
            r.registrants().ifPresent(c -> out().println("  registrants:   " + prose(c)));
            if (r.skippedAsErased() > 0) {
                out().println("Skipped " + r.skippedAsErased() + " address(es) erased on request from this book.");
            }
            return ExitCode.OK;
        }
    }

    static Map<String, Integer> counts(EventFileService.Counts c) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("added", c.added());
        m.put("updated", c.updated());
        m.put("unchanged", c.unchanged());
        m.put("removed", c.removed());
        return m;
    }

    static String prose(EventFileService.Counts c) {
        return c.added() + " added, " + c.updated() + " updated, " + c.unchanged() + " unchanged"
                + (c.removed() > 0 ? ", " + c.removed() + " removed" : "");
    }
}
