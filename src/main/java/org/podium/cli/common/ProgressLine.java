package org.podium.cli.common;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.podium.service.common.Progress;

/**
 * The one-line progress bar long commands draw on standard error, as rsync and curl do: done of
 * total, the rate and the time left, redrawn in place at most a few times a second and wiped
 * when the work ends. It is drawn only when standard error is a terminal; a pipe, a file or a
 * cron job's mail gets nothing.
 */
public final class ProgressLine implements Progress {
    /** What the service counts: an import reads bytes of its file, an export writes rows, an erasure takes steps. */
    public enum Unit {
        BYTES, ROWS, STEPS
    }

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int BAR = 20;
    private final PrintWriter terminal;
    private final Unit unit;
    private final LongSupplier nanos;
    private final long started;
    private long lastDrawn;
    private int drawnWidth;

    ProgressLine(PrintWriter terminal, Unit unit, LongSupplier nanos) {
        this.terminal = terminal;
        this.unit = unit;
        this.nanos = nanos;
        this.started = nanos.getAsLong();
        this.lastDrawn = started - REDRAW_NANOS; // the first report is drawn at once
    }

    /** A progress line on {@code terminal} when standard error is one, else {@link Progress#NONE}. */
    static Progress onStandardError(PrintWriter terminal, Unit unit) {
        return standardErrorIsTerminal() ? new ProgressLine(terminal, unit, System::nanoTime) : Progress.NONE;
    }

    /**
     * Whether file descriptor 2 is a terminal. {@code System.console()} asks about standard input
     * and output, not errors; Linux names the terminal behind the descriptor in /proc. Elsewhere,
     * a console on both standard streams is taken to mean standard error is one too.
     */
    static boolean standardErrorIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return System.console() != null;
        }
    }

    @Override
    public void update(long done, long total) {
        long now = nanos.getAsLong();
        if (now - lastDrawn < REDRAW_NANOS && done < total) {
            return;
        }
        lastDrawn = now;
        String line = line(done, total, (now - started) / 1e9);
        terminal.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
        terminal.flush();
        drawnWidth = line.length();
    }

    /** Wipes the line, so whatever is printed next starts at the left margin of a clean line. */
    void finish() {
        if (drawnWidth > 0) {
            terminal.print("\r" + " ".repeat(drawnWidth) + "\r");
            terminal.flush();
            drawnWidth = 0;
        }
    }

    /** "[#######.............]  35%  44.7 of 127.8 MB  12.1 MB/s  7 s left". */
    String line(long done, long total, double seconds) {
        StringBuilder text = new StringBuilder();
        double rate = seconds > 0 ? done / seconds : 0;
        if (total > 0) {
            int filled = (int) Math.min(BAR, BAR * done / total);
            text.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%%  ", 100 * done / total))
                    .append(amount(done, false)).append(" of ").append(amount(total, true));
        } else {
            text.append(amount(done, true));
        }
        if (unit == Unit.STEPS) {
            return text.toString(); // a rate of a few steps says nothing
        }
        text.append("  ").append(amount((long) rate, true)).append("/s");
        if (total > done && rate > 0) {
            text.append("  ").append(duration((long) Math.ceil((total - done) / rate))).append(" left");
        }
        return text.toString();
    }

    private String amount(long n, boolean named) {
        if (unit == Unit.BYTES) {
            return String.format(Locale.ROOT, "%.1f", n / 1e6) + (named ? " MB" : "");
        }
        return String.format(Locale.ROOT, "%,d", n) + (named ? (unit == Unit.STEPS ? " steps" : " rows") : "");
    }

    private static String duration(long seconds) {
        return seconds < 60 ? seconds + " s" : seconds / 60 + " min " + seconds % 60 + " s";
    }

    @Override
    public boolean cancelled() {
        return false;
    }
}
