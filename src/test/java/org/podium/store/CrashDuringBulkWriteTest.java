package org.podium.store;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real child JVM (SIGKILL, no shutdown hooks, no closing) in the middle of a
 * 1,000,000-row import and checks the book it leaves: it opens, passes SQLite's integrity
 * check, and holds all of the import or none of it.
 */
class CrashDuringBulkWriteTest {
    static final int ROWS = 1_000_000;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "killed after {0} rows")
    @ValueSource(ints = {200_000, 600_000})
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void killingTheWriterMidImportLeavesASoundBookWithAllOrNoneOfIt(int killAfter) throws Exception {
        Path book = dir.resolve("book.db");
        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                BulkWriterChild.class.getName(), book.toString(), String.valueOf(ROWS))
                .redirectErrorStream(true).start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("rows ") && Integer.parseInt(line.substring(5)) >= killAfter) {
                    break;
                }
            }
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child died").isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(seen).as("the child got as far as the import").contains("event 1");
        assertThat(seen.get(seen.size() - 1)).as("killed mid-import, output: " + seen).startsWith("rows ");
        Path wal = dir.resolve("book.db-wal");
        assertThat(Files.size(wal)).as("uncommitted pages had reached the disk when it died").isGreaterThan(1_000_000);

        try (Database db = Database.open(book, Clock.systemDefaultZone())) {
            java.util.List<String> problems = db.read(c -> BookCopy.problems(c, "integrity_check"));
            assertThat(problems).as("integrity_check").isEmpty();
            long events = db.read(c -> Sql.count(c, "SELECT count(*) FROM event"));
            long registrations = db.read(c -> Sql.count(c, "SELECT count(*) FROM registration"));
            assertThat(events).as("the event committed before the import").isEqualTo(1);
            assertThat(registrations).as("all of the import or none of it").isIn(0L, (long) ROWS);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
