package org.podium.cli.common;

import java.io.PrintWriter;
import java.io.Writer;
import org.podium.service.common.Progress;
import picocli.CommandLine.Option;

/**
 * A command whose work can take a while (an import, an export, a backup, a restore, an erasure):
 * on a terminal it draws a progress line on standard error, and {@code --quiet} leaves only the
 * errors, for cron jobs and scripts that check the exit code.
 */
public abstract class LongCommand extends BookCommand {
    private static final PrintWriter NOWHERE = new PrintWriter(Writer.nullWriter());
    @Option(names = {"-q", "--quiet"}, description = "Print no progress and no summary; errors still go to standard"
            + " error and the exit code tells the outcome.")
    boolean quiet;
    private ProgressLine line;

    /**
     * The prose summary, or nowhere with {@code --quiet}; {@code --json} is asked for, so it is
     * printed. The progress line is wiped first, so the summary starts on a clean line.
     */
    @Override
    protected PrintWriter out() {
        finished();
        return quiet && !json() ? NOWHERE : super.out();
    }

    /** Where the work reports progress: the line on a terminal's standard error, else nowhere. */
    protected final Progress progress(ProgressLine.Unit unit) {
        if (quiet || json()) {
            return Progress.NONE;
        }
        Progress progress = ProgressLine.onStandardError(terminal(), unit);
        if (progress instanceof ProgressLine drawn) {
            line = drawn;
        }
        return progress;
    }

    @Override
    protected void finished() {
        if (line != null) {
            line.finish();
        }
    }
}
