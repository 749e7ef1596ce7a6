package org.podium.service.importing;

import java.util.ArrayList;
import java.util.List;
import org.podium.exchange.csv.ReadProblem;

/**
 * The problems of one file: every one counted, the first {@link #LISTED} of errors and of
 * notices kept, so a million bad rows cost a number rather than a million messages. Safe to
 * add to from the reading thread and the writing thread of an import at once.
 */
final class ProblemList {
    /** How many problems of each kind are listed. */
    static final int LISTED = 1_000;

    private final List<ImportProblem> errors = new ArrayList<>();
    private final List<ImportProblem> notices = new ArrayList<>();
    private long errorCount;
    private long errorRows;
    private long noticeCount;
    private boolean fileProblem;

    /** The problems of one row: the row counts once among the rows with problems, however many it has. */
    synchronized void addAll(List<ReadProblem> problems) {
        boolean bad = false;
        for (ReadProblem p : problems) {
            ImportProblem problem = ImportProblem.of(p);
            bad |= problem.isError();
            keep(problem);
        }
        errorRows += bad ? 1 : 0;
    }

    /** A problem of its own: of one row, or of the whole file. */
    synchronized void add(ImportProblem p) {
        keep(p);
        errorRows += p.isError() ? 1 : 0;
    }

    private void keep(ImportProblem p) {
        if (p.isError()) {
            errorCount++;
            fileProblem |= p.kind() == ImportProblem.Kind.FILE;
            // The one problem that stopped the file is always listed, however many came before.
            if (errors.size() < LISTED || p.kind() == ImportProblem.Kind.FILE) {
                errors.add(p);
            }
        } else {
            noticeCount++;
            if (notices.size() < LISTED) {
                notices.add(p);
            }
        }
    }

    synchronized List<ImportProblem> errors() {
        return byLine(errors);
    }

    synchronized List<ImportProblem> notices() {
        return byLine(notices);
    }

    /** In line order: problems found while writing a batch arrive after those of its later rows. */
    private static List<ImportProblem> byLine(List<ImportProblem> problems) {
        List<ImportProblem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingLong(ImportProblem::line));
        return sorted;
    }

    /** Errors then notices, each in line order, as a preview lists them. */
    synchronized List<ImportProblem> all() {
        List<ImportProblem> all = byLine(errors);
        all.addAll(byLine(notices));
        return all;
    }

    synchronized long errorCount() {
        return errorCount;
    }

    /** How many rows (or files) have a problem that keeps them out: a row with two counts once. */
    synchronized long errorRows() {
        return errorRows;
    }

    synchronized long noticeCount() {
        return noticeCount;
    }

    synchronized boolean hasFileProblem() {
        return fileProblem;
    }
}
