package org.podium.service.importing;

import java.util.List;
import org.podium.domain.ReportFormat;

/**
 * What an import did, or would have done when nothing was written (a dry run, or a file with
 * errors imported without skipping them): {@code written} says which.
 *
 * @param rows             rows under the header, blank lines not counted
 * @param imported         new registrants added (waitlisted ones included)
 * @param updated          registrants the event had, changed by the file (only when updating)
 * @param unchanged        registrants the event had, left as they were
 * @param skipped          rows left out because of a problem
 * @param duplicatesInFile rows whose address appeared earlier in the file; the first row is kept
 * @param erasedSkipped    rows left out because their address was erased on request
 * @param waitlisted       of the imported, those waitlisted because the event was full
 * @param errors           the first {@link ProblemList#LISTED} problems that keep rows or the file out
 * @param errorCount       all of them
 * @param notices          the first notices: rows imported with something to know
 */
public record ImportSummary(String file, ReportFormat format, long rows, long imported, long updated,
                            long unchanged, long skipped, long duplicatesInFile, long erasedSkipped, long waitlisted,
                            List<ImportProblem> errors, long errorCount, List<ImportProblem> notices,
                            long noticeCount, boolean dryRun, boolean written) {
    public ImportSummary {
        errors = List.copyOf(errors);
        notices = List.copyOf(notices);
    }
}
