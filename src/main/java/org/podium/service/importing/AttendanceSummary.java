package org.podium.service.importing;

import java.util.List;
import org.podium.domain.ReportFormat;

/**
 * What reconciling an attendance report did, or would have done when nothing was written (a
 * dry run, or a report with errors read without skipping them): {@code written} says which.
 *
 * @param rows                  rows in the report's table
 * @param attended              registrants present in the report, now attended with their minutes
 * @param noShow                registrants absent from the report, now no-show
 * @param unregisteredAttendees people present who had not registered, added as attended
 * @param cancelledPresent      cancelled registrants present in the report, left cancelled
 * @param organisersIgnored     unregistered organisers and presenters, not added as attendees
 * @param withoutEmail          rows without an address, which cannot be matched
 * @param erasedSkipped         rows left out because their address was erased on request
 * @param errorRows             rows with a problem that keeps them out (a row with two counts once)
 */
public record AttendanceSummary(String file, ReportFormat format, long rows, long attended, long noShow,
                                long unregisteredAttendees, long cancelledPresent, long organisersIgnored,
                                long withoutEmail, long erasedSkipped, List<ImportProblem> errors, long errorCount,
                                long errorRows, List<ImportProblem> notices, long noticeCount, boolean dryRun,
                                boolean written) {
    public AttendanceSummary {
        errors = List.copyOf(errors);
        notices = List.copyOf(notices);
    }
}
