package org.podium.app;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.podium.Main;
import org.podium.domain.Event;
import org.podium.service.Book;
import org.podium.store.Database;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the real command line (SIGKILL, in a child JVM) while {@code registrants import} is
 * writing a 1,000,000-row file, and checks the book it leaves: it opens, passes SQLite's
 * integrity check, and holds all of that import or none of it.
 */
class CrashDuringImportCommandTest {
    private static final int ROWS = 1_000_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void killingPodiumDuringAMillionRowImportLeavesASoundBookWithAllOrNone() throws Exception {
        Path book = dir.resolve("book.db");
        long eventId;
        try (Book open = Composition.openBook(book, Clock.systemUTC())) {
            eventId = open.events().add(Event.builder("Crash test webinar", LocalDateTime.parse("2027-03-04T10:00"),
                    ZoneId.of("Europe/Rome"), 60).build()).id();
        }
        Path file = dir.resolve("registrants.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Email,First name,Last name,Organisation\n");
            for (int i = 0; i < ROWS; i++) {
                out.write("person" + i + "@example.org,Ana" + i + ",Müller" + i + ",City of Gdańsk\n");
            }
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--db", book.toString(),
                "registrants", "import", "--event", String.valueOf(eventId), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path wal = dir.resolve("book.db-wal");
        boolean killedMidway = false;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        while (child.isAlive() && System.nanoTime() < deadline) {
            // Once the uncommitted import has spilled well into the WAL, the writer is mid-import.
            if (Files.exists(wal) && Files.size(wal) > 20_000_000) {
                child.destroyForcibly();
                killedMidway = true;
                break;
            }
            Thread.sleep(20);
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child died").isTrue();

        try (Database db = Database.open(book, Clock.systemDefaultZone())) {
            List<String> check = db.read(c -> {
                try (var st = c.createStatement(); var rs = st.executeQuery("PRAGMA integrity_check")) {
                    List<String> lines = new java.util.ArrayList<>();
                    while (rs.next()) {
                        lines.add(rs.getString(1));
                    }
                    return lines;
                }
            });
            assertThat(check).as("integrity_check").containsExactly("ok");
            long rows = db.read(c -> {
                try (var st = c.createStatement();
                     var rs = st.executeQuery("SELECT count(*) FROM registration WHERE event_id=" + eventId)) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            assertThat(rows).as("all of the import or none of it (killed midway: " + killedMidway + ", child said: "
                    + Files.readString(dir.resolve("child.log")) + ")").isIn(0L, (long) ROWS);
            assertThat(killedMidway || rows == ROWS).as("either killed during the import or it finished").isTrue();
        }
    }
}
