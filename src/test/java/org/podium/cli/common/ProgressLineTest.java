package org.podium.cli.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line's text, its redrawing in place and its wiping, on a clock the test moves. */
class ProgressLineTest {
    private final AtomicLong nanos = new AtomicLong();
    private final StringWriter drawn = new StringWriter();

    private ProgressLine line(ProgressLine.Unit unit) {
        return new ProgressLine(new PrintWriter(drawn), unit, nanos::get);
    }

    @Test
    void saysDoneOfTotalTheRateAndTheTimeLeft() {
        ProgressLine bytes = line(ProgressLine.Unit.BYTES);
        assertThat(bytes.line(44_700_000, 127_800_000, 2.0))
                .isEqualTo("[######..............]  34%  44.7 of 127.8 MB  22.4 MB/s  4 s left");
        ProgressLine rows = line(ProgressLine.Unit.ROWS);
        assertThat(rows.line(100_000, 1_000_000, 1.0))
                .isEqualTo("[##..................]  10%  100,000 of 1,000,000 rows  100,000 rows/s  9 s left");
        assertThat(rows.line(500, 0, 1.0)).as("an unknown total").isEqualTo("500 rows  500 rows/s");
        assertThat(line(ProgressLine.Unit.STEPS).line(2, 3, 0.5)).as("an erasure's steps have no rate")
                .isEqualTo("[#############.......]  66%  2 of 3 steps");
    }

    @Test
    void redrawsInPlaceAtMostFiveTimesASecondAndWipesItselfAtTheEnd() {
        ProgressLine rows = line(ProgressLine.Unit.ROWS);
        nanos.set(1_000_000_000L);
        rows.update(10, 100);
        nanos.addAndGet(50_000_000L);
        rows.update(20, 100);
        String first = drawn.toString();
        assertThat(first).startsWith("\r[##").contains("10 of 100 rows").doesNotContain("20 of");

        nanos.addAndGet(200_000_000L);
        rows.update(30, 100);
        rows.update(100, 100);
        assertThat(drawn.toString()).contains("\r[######").contains("\r[####################] 100%");

        int before = drawn.toString().length();
        rows.finish();
        String wipe = drawn.toString().substring(before);
        assertThat(wipe).matches("\r +\r");
    }
}
