package org.podium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.podium.service.importing.AttendanceSummary;
import org.podium.service.Book;
import org.podium.service.importing.ImportOptions;
import org.podium.service.common.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code podium attendance import}: reconciles an event's registrants with a platform's attendance report. */
@Command(name = "attendance", description = "Reconcile registrants with who attended.",
        subcommands = AttendanceCommand.Import.class)
final class AttendanceCommand {
    @ParentCommand
    PodiumCli root;

    @Command(name = "import", description = {"Import an attendance report (Zoom attendee report, Teams attendance"
        + " report, or a file with email and attended or minutes).", "Registrants present become attended with"
        + " their minutes, absent ones no-show, and unregistered attendees are added."})
    static final class Import implements Callable<Integer> {
        @ParentCommand
        AttendanceCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--event", required = true, paramLabel = "ID", description = "The event the report is for.")
        String event;
        @Parameters(paramLabel = "FILE", description = "The attendance report.")
        Path file;
        @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT",
                description = "auto (default), generic, zoom or teams.")
        String format;
        @Option(names = "--skip-invalid", description = "Use the good rows of a report that has bad ones.")
        boolean skipInvalid;
        @Option(names = "--dry-run", description = "Check and count everything; write nothing.")
        boolean dryRun;
        @Option(names = "--json", description = "Print the summary as one JSON object.")
        boolean json;

        @Override
        public Integer call() {
            long eventId = Parse.id("event", event);
            ImportOptions options = ImportOptions.defaults()
                    .withFormat(Parse.choice("format", format, ImportOptions.Format.class))
                    .withSkipInvalid(skipInvalid).withDryRun(dryRun);
            PrintWriter out = spec.commandLine().getOut();
            try (Book book = parent.root.context().openBook(parent.root.db())) {
                AttendanceSummary s = book.attendance().reconcile(file, eventId, options, Progress.NONE);
                boolean failed = ImportReport.failed(s.errors(), s.errorCount(), skipInvalid);
                ImportReport.printErrors(spec.commandLine().getErr(), s.file(), s.errors(), s.errorCount());
                if (json) {
                    Json.print(out, json(s));
                } else {
                    ImportReport.printNotices(out, s.file(), s.notices(), s.noticeCount());
                    out.printf("%s (%s): %d rows; %d attended, %d no-show, %d unregistered attendees added,"
                                    + " %d cancelled but present, %d organisers not added, %d rows without email,"
                                    + " %d erased on request skipped.%n",
                            s.file(), ImportReport.describe(s.format()), s.rows(), s.attended(), s.noShow(),
                            s.unregisteredAttendees(), s.cancelledPresent(), s.organisersIgnored(), s.withoutEmail(),
                            s.erasedSkipped());
                    if (failed) {
                        out.println("Nothing was written.");
                    } else if (s.dryRun()) {
                        out.println("Dry run: nothing was written.");
                    }
                }
                return failed ? PodiumCli.BAD_INPUT : PodiumCli.OK;
            }
        }

        private static Map<String, Object> json(AttendanceSummary s) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("file", s.file());
            o.put("format", ImportReport.format(s.format()));
            o.put("rows", s.rows());
            o.put("attended", s.attended());
            o.put("noShow", s.noShow());
            o.put("unregisteredAttendees", s.unregisteredAttendees());
            o.put("cancelledPresent", s.cancelledPresent());
            o.put("organisersIgnored", s.organisersIgnored());
            o.put("withoutEmail", s.withoutEmail());
            o.put("erasedSkipped", s.erasedSkipped());
            o.put("errors", ImportReport.json(s.errors()));
            o.put("errorCount", s.errorCount());
            o.put("notices", ImportReport.json(s.notices()));
            o.put("noticeCount", s.noticeCount());
            o.put("dryRun", s.dryRun());
            o.put("written", s.written());
            return o;
        }
    }
}
