package org.podium.store;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookWatchTest {
    @TempDir
    Path dir;

    private static void write(Database db, String key) {
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT OR REPLACE INTO book_setting(key, value) VALUES ('" + key + "', 'x')");
            }
            return null;
        });
    }

    @Test
    void anotherConnectionsCommitIsSeenOnceAndTheBooksOwnCommitsAreNot() {
        Path file = dir.resolve("book.db");
        try (Database mine = Database.open(file, Clock.systemDefaultZone()); Database other = Database.open(file, Clock.systemDefaultZone());
             BookWatch watch = BookWatch.on(mine)) {
            assertThat(watch.changedElsewhere()).as("nothing happened").isFalse();

            write(mine, "own");
            assertThat(watch.changedElsewhere()).as("the book's own save is not news").isFalse();

            write(other, "elsewhere");
            assertThat(watch.changedElsewhere()).as("another connection's commit").isTrue();
            assertThat(watch.changedElsewhere()).as("reported once").isFalse();

            // Someone else commits, then this book saves before the next look: still reported.
            write(other, "elsewhere-again");
            write(mine, "own-again");
            assertThat(watch.changedElsewhere()).isTrue();
            assertThat(watch.changedElsewhere()).isFalse();
        }
    }

    @Test
    void closingTheWatchLeavesTheBookWritable() {
        Path file = dir.resolve("book.db");
        try (Database mine = Database.open(file, Clock.systemDefaultZone())) {
            BookWatch.on(mine).close();
            write(mine, "after");
            int rows = mine.read(c -> {
                try (Statement st = c.createStatement();
                     var rs = st.executeQuery("SELECT count(*) FROM book_setting WHERE key='after'")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isEqualTo(1);
        }
    }
}
