package org.podium.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.podium.exchange.json.RegistrantJson;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;
import org.podium.service.Book;
import org.podium.service.importing.ImportOptions;
import org.podium.service.importing.ImportSummary;
import org.podium.service.common.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code podium registrants …}: import a registrant file into an event, list, count and export its registrants. */
@Command(name = "registrants", description = "Import, list, count and export an event's registrants.",
        subcommands = {RegistrantsCommand.Import.class, RegistrantsCommand.ListRegistrants.class,
            RegistrantsCommand.Count.class,
            RegistrantsExportCommand.class})
final class RegistrantsCommand {
    @ParentCommand
    PodiumCli root;

    Book open() {
        return root.context().openBook(root.db());
    }

    @Command(name = "import", description = {"Import a registrant file (CSV, Zoom, Eventbrite or Teams report, or"
        + " a Podium full export, restored field for field) into an event, in one transaction.",
        "With a bad row and no --skip-invalid nothing is written and the exit code is 1; each problem is printed as"
            + " FILE:LINE: message."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        RegistrantsCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--event", required = true, paramLabel = "ID", description = "The event to import into.")
        String event;
        @Parameters(paramLabel = "FILE", description = "The file to import.")
        Path file;
        @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
                description = "auto (default), generic, zoom, eventbrite, teams or full.")
        String format;
        @Option(names = "--skip-invalid", description = "Import the good rows of a file that has bad ones.")
        boolean skipInvalid;
        @Option(names = "--update", description = "Give registrants already in the event the file's values.")
        boolean update;
        @Option(names = "--dry-run", description = "Check and count everything; write nothing.")
        boolean dryRun;
        @Option(names = "--json", description = "Print the summary as one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            long eventId = Parse.id("event", event);
            ImportOptions options = ImportOptions.defaults()
                    .withFormat(Parse.choice("format", format, ImportOptions.Format.class))
                    .withSkipInvalid(skipInvalid).withUpdate(update).withDryRun(dryRun);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Book book = parent.open()) {
                ImportSummary s = book.imports().commit(file, eventId, options, Progress.NONE);
                boolean failed = ImportReport.failed(s.errors(), s.errorCount(), skipInvalid);
                ImportReport.printErrors(err, s.file(), s.errors(), s.errorCount());
                if (json) {
                    Json.print(out, json(s));
                } else {
                    prose(out, s, failed);
                }
                return failed ? PodiumCli.BAD_INPUT : PodiumCli.OK;
            }
        }

        private static Map<String, Object> json(ImportSummary s) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("file", s.file());
            o.put("format", ImportReport.format(s.format()));
            o.put("rows", s.rows());
            o.put("imported", s.imported());
            o.put("updated", s.updated());
            o.put("unchanged", s.unchanged());
            o.put("skipped", s.skipped());
            o.put("duplicatesInFile", s.duplicatesInFile());
            o.put("erasedSkipped", s.erasedSkipped());
            o.put("waitlisted", s.waitlisted());
            o.put("errors", ImportReport.json(s.errors()));
            o.put("errorCount", s.errorCount());
            o.put("notices", ImportReport.json(s.notices()));
            o.put("noticeCount", s.noticeCount());
            o.put("dryRun", s.dryRun());
            o.put("written", s.written());
            return o;
        }

        private void prose(PrintWriter out, ImportSummary s, boolean failed) {
            ImportReport.printNotices(out, s.file(), s.notices(), s.noticeCount());
            out.printf("%s (%s): %d rows; %d imported (%d waitlisted), %d updated, %d unchanged, %d skipped,"
                            + " %d duplicates in the file, %d erased on request skipped.%n", s.file(),
                    ImportReport.describe(s.format()), s.rows(), s.imported(), s.waitlisted(), s.updated(),
                    s.unchanged(), s.skipped(), s.duplicatesInFile(), s.erasedSkipped());
            if (failed) {
                out.println("Nothing was written" + (s.errors().stream().anyMatch(p -> p.kind()
                        == org.podium.service.importing.ImportProblem.Kind.FILE) ? "." : ": correct the rows above, or"
                        + " import the others with --skip-invalid."));
            } else if (s.dryRun()) {
                out.println("Dry run: nothing was written.");
            }
        }
    }

    @Command(name = "list", description = "List an event's registrants in the order they registered.")
    static final class ListRegistrants implements Callable<Integer> {
        @ParentCommand
        RegistrantsCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--event", required = true, paramLabel = "ID")
        String event;
        @Option(names = "--status", paramLabel = "STATUS",
                description = "Only registered, waitlisted, cancelled, attended or no-show.")
        String status;
        @Option(names = "--json", description = "Print a JSON array of registrants.")
        boolean json;

        @Override
        public Integer call() {
            long eventId = Parse.id("event", event);
            Optional<RegistrationStatus> only = Optional.ofNullable(status)
                    .map(s -> Parse.choice("status", s, RegistrationStatus.class));
            PrintWriter out = spec.commandLine().getOut();
            try (Book book = parent.open()) {
                if (json) {
                    printJson(out, book, eventId, only);
                } else {
                    book.registrants().forEach(eventId, only, r -> out.printf("%-40s  %-10s  %4d  %s  %s  %s%n",
                            r.email(), EventJson.lower(r.status()), r.minutesAttended(),
                            (r.firstName() + " " + r.lastName()).strip(), r.organisation(), r.country()));
                }
                return PodiumCli.OK;
            }
        }

        /** Streams the array, one registrant at a time, so a large event is never held whole. */
        private static void printJson(PrintWriter out, Book book, long eventId, Optional<RegistrationStatus> only) {
            try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.useDefaultPrettyPrinter();
                g.writeStartArray();
                book.registrants().forEach(eventId, only, r -> write(g, r));
                g.writeEndArray();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write JSON", e);
            }
            out.println();
        }

        private static void write(JsonGenerator g, Registration r) {
            try {
                RegistrantJson.write(g, r);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write JSON", e);
            }
        }
    }

    @Command(name = "count", description = "Count an event's registrants.")
    static final class Count implements Callable<Integer> {
        @ParentCommand
        RegistrantsCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--event", required = true, paramLabel = "ID")
        String event;
        @Option(names = "--status", paramLabel = "STATUS", description = "Count only registrants with this status.")
        String status;
        @Option(names = "--json", description = "Print {\"count\": N}.")
        boolean json;

        @Override
        public Integer call() {
            long eventId = Parse.id("event", event);
            Optional<RegistrationStatus> only = Optional.ofNullable(status)
                    .map(s -> Parse.choice("status", s, RegistrationStatus.class));
            try (Book book = parent.open()) {
                long count = book.registrants().count(eventId, only);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    Json.print(out, Map.of("count", count));
                } else {
                    out.println(count);
                }
                return PodiumCli.OK;
            }
        }
    }
}
