package org.podium.cli.registrants;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.podium.cli.common.BookCommand;
import org.podium.cli.common.EventJson;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.ImportFile;
import org.podium.cli.common.ImportReport;
import org.podium.cli.common.Json;
import org.podium.cli.common.LongCommand;
import org.podium.cli.common.ProgressLine;
import org.podium.exchange.json.RegistrantJson;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;
import org.podium.service.Book;
import org.podium.service.importing.ImportOptions;
import org.podium.service.importing.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code podium registrants …}: import a registrant file into an event, list, count and export its registrants. */
@Command(name = "registrants", description = "Import, list, count and export an event's registrants.",
        subcommands = {RegistrantsCommand.Import.class, RegistrantsCommand.ListRegistrants.class,
            RegistrantsCommand.Count.class,
            RegistrantsExportCommand.class})
public final class RegistrantsCommand {
    @Command(name = "import", description = {"Import a registrant file (CSV, Zoom, Eventbrite or Teams report, or"
        + " a Podium full export, restored field for field) into an event, in one transaction.",
        "With a bad row and no --skip-invalid nothing is written and the exit code is 1; each problem is printed as"
            + " FILE:LINE: message."})
    static final class Import extends LongCommand {
        @Mixin
        ImportFile input;
        @Option(names = "--update", description = "Give registrants already in the event the file's values.")
        boolean update;

        @Override
        protected int run() {
            long eventId = input.eventId();
            ImportOptions options = input.options().withUpdate(update);
            PrintWriter err = err();
            ImportSummary s;
            try (ImportFile.Staged file = input.staged(System.in)) {
                s = book().imports().commit(file.path(), eventId, options, progress(ProgressLine.Unit.BYTES));
            }
            boolean failed = ImportReport.failed(s.errors(), s.errorCount(), input.skipInvalid);
            ImportReport.printErrors(err, s.file(), s.errors(), s.errorCount());
            if (json()) {
                Json.print(out(), json(s));
            } else {
                prose(out(), s, failed);
            }
            return failed ? ExitCode.BAD_INPUT : ExitCode.OK;
        }

        private static Map<String, Object> json(ImportSummary s) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("imported", s.imported());
            o.put("updated", s.updated());
            o.put("unchanged", s.unchanged());
            o.put("skipped", s.skipped());
            o.put("duplicatesInFile", s.duplicatesInFile());
            o.put("erasedSkipped", s.erasedSkipped());
            o.put("waitlisted", s.waitlisted());
            return ImportReport.json(s.file(), s.format(), s.rows(), o, new ImportReport.Problems(s.errors(),
                    s.errorCount(), s.notices(), s.noticeCount(), s.dryRun(), s.written()));
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
    static final class ListRegistrants extends BookCommand {
        @Mixin
        RegistrantFilter filter;

        @Override
        protected int run() {
            long eventId = filter.eventId();
            Optional<RegistrationStatus> only = filter.only();
            if (json()) {
                printJson(out(), book(), eventId, only);
            } else {
                book().registrants().forEach(eventId, only, r -> out().printf("%-40s  %-10s  %4d  %s  %s  %s%n",
                        r.email(), EventJson.lower(r.status()), r.minutesAttended(),
                        (r.firstName() + " " + r.lastName()).strip(), r.organisation(), r.country()));
            }
            return ExitCode.OK;
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
    static final class Count extends BookCommand {
        @Mixin
        RegistrantFilter filter;

        @Override
        protected int run() {
            long count = book().registrants().count(filter.eventId(), filter.only());
            return report(() -> Map.of("count", count), String.valueOf(count));
        }
    }
}
