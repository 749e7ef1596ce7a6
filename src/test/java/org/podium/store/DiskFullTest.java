package org.podium.store;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Series;

/** A write that runs out of room says the disk is full and what was kept, not SQLite's code. */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void aWriteThatFillsTheDiskSaysSoAndLeavesTheBookAsItWas() {
        try (Database db = Database.open(dir.resolve("book.db"), Clock.systemDefaultZone())) {
            SeriesStore series = new SeriesStore(db);
            series.insert(Series.named("Kept"));
            // A book that may not grow past its present size stands in for a full disk: SQLITE_FULL.
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA max_page_count = " + Sql.count(c, "PRAGMA page_count"));
                }
                return null;
            });

            assertThatThrownBy(() -> db.write(c -> {
                for (int i = 0; i < 2_000; i++) {
                    series.insert(new Series(0, "Series " + i, "x".repeat(2_000), "", ""));
                }
                return null;
            })).isInstanceOf(StoreException.class)
                    .hasMessage("The disk is full: nothing of this was written, and the book " + db.path()
                            + " holds what it held before. Free some space and try again.")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SQLITE"));

            assertThat(series.all()).extracting(Series::name).containsExactly("Kept");
        }
    }
}
