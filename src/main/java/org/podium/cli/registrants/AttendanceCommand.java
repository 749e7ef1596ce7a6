package org.podium.cli.registrants;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.ImportFile;
import org.podium.cli.common.ImportReport;
import org.podium.cli.common.Json;
import org.podium.cli.common.LongCommand;
import org.podium.cli.common.ProgressLine;
import org.podium.service.importing.AttendanceSummary;
import org.podium.service.Book;
import org.podium.service.importing.ImportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code podium attendance import}: reconciles an event's registrants with a platform's attendance report. */
@Command(name = "attendance", description = "Reconcile registrants with who attended.",
        subcommands = AttendanceCommand.Import.class)
public final class AttendanceCommand {
    @Command(name = "import", description = {"Import an attendance report (Zoom attendee report, Teams attendance"
        + " report, or a file with email and attended or minutes).", "Registrants present become attended with"
        + " their minutes, absent ones no-show, and unregistered attendees are added."})
    static final class Import extends LongCommand {
        @Mixin
        ImportFile input;

        @Override
        protected int run() {
            long eventId = input.eventId();
            ImportOptions options = input.options();
            AttendanceSummary s;
            try (ImportFile.Staged file = input.staged(System.in)) {
                s = book().attendance().reconcile(file.path(), eventId, options, progress(ProgressLine.Unit.BYTES));
            }
            boolean failed = ImportReport.failed(s.errors(), s.errorCount(), input.skipInvalid);
            ImportReport.printErrors(err(), s.file(), s.errors(), s.errorCount());
            if (json()) {
                Json.print(out(), json(s));
            } else {
                ImportReport.printNotices(out(), s.file(), s.notices(), s.noticeCount());
                out().printf("%s (%s): %d rows; %d attended, %d no-show, %d unregistered attendees added,"
                                + " %d cancelled but present, %d organisers not added, %d rows without email,"
                                + " %d erased on request skipped.%n",
                        s.file(), ImportReport.describe(s.format()), s.rows(), s.attended(), s.noShow(),
                        s.unregisteredAttendees(), s.cancelledPresent(), s.organisersIgnored(), s.withoutEmail(),
                        s.erasedSkipped());
                if (failed) {
                    out().println("Nothing was written.");
                } else if (s.dryRun()) {
                    out().println("Dry run: nothing was written.");
                }
            }
            return failed ? ExitCode.BAD_INPUT : ExitCode.OK;
        }

        private static Map<String, Object> json(AttendanceSummary s) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("attended", s.attended());
            o.put("noShow", s.noShow());
            o.put("unregisteredAttendees", s.unregisteredAttendees());
            o.put("cancelledPresent", s.cancelledPresent());
            o.put("organisersIgnored", s.organisersIgnored());
            o.put("withoutEmail", s.withoutEmail());
            o.put("erasedSkipped", s.erasedSkipped());
            return ImportReport.json(s.file(), s.format(), s.rows(), o, new ImportReport.Problems(s.errors(),
                    s.errorCount(), s.notices(), s.noticeCount(), s.dryRun(), s.written()));
        }
    }
}
