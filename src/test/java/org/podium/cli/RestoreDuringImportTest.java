package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.podium.Main;
import org.podium.app.Composition;
import org.podium.cli.CliHarness.Run;
import org.podium.domain.Event;
import org.podium.service.Book;
import org.podium.service.importing.ImportOptions;
import org.podium.service.common.Progress;
import org.podium.cli.common.ExitCode;

/**
 * A restore started while the real command line (a child JVM) imports a large file into the
 * same book: whatever the order turns out to be, the imported rows end up in the restored
 * book or in the copy saved before the restore, or one of the two commands fails saying why.
 * They are never written into a file that the restore put aside.
 */
class RestoreDuringImportTest {
    private static final int BOOK_ROWS = 300_000;
    private static final int IMPORT_ROWS = 10_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void theImportLandsInTheBookOrInThePreRestoreCopyOrACommandFails() throws Exception {
        Path book = dir.resolve("book.db");
        Clock clock = Clock.systemUTC();
        long eventId;
        try (Book open = Composition.openBook(book, clock)) {
            eventId = open.events().add(Event.builder("Race webinar", LocalDateTime.parse("2027-03-04T10:00"),
                    ZoneId.of("Europe/Rome"), 60).build()).id();
            // A book of some size, so that copying it (before the restore and from the backup) takes a while.
            open.imports().commit(csv("base.csv", "base", BOOK_ROWS), eventId, ImportOptions.defaults(), Progress.NONE);
        }
        Path backup = dir.resolve("kept.db");
        try (Book open = Composition.openBook(book, clock)) {
            open.backups().backUpTo(backup);
        }
        Path file = csv("race.csv", "race", IMPORT_ROWS);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--db", book.toString(),
                "registrants", "import", "--event", String.valueOf(eventId), file.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        Path wal = dir.resolve("book.db-wal");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        // The child has the book open once its journal appears: the restore starts then.
        while (child.isAlive() && !Files.exists(wal) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Run restore = new CliHarness(clock).run("--db", book.toString(), "restore", backup.toString());
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the import finished").isTrue();
        int importCode = child.exitValue();
        String importSaid = Files.readString(dir.resolve("child.log"));

        long inBook = raceRows(book);
        List<Long> inCopies = new ArrayList<>();
        for (Path copy : preRestoreCopies()) {
            inCopies.add(raceRows(copy));
        }
        String story = "import exit " + importCode + " said: " + importSaid + "; restore exit " + restore.code()
                + " said: " + restore.out() + restore.err() + "; rows in the book " + inBook + ", in the copies "
                + inCopies;
        if (importCode == ExitCode.OK) {
            assertThat(inBook == IMPORT_ROWS || inCopies.contains((long) IMPORT_ROWS))
                    .as("the import's rows are in the book or in the pre-restore copy: " + story).isTrue();
        } else {
            assertThat(importSaid).as(story).contains("podium: ");
            assertThat(inBook).as(story).isZero();
        }
        if (restore.code() != ExitCode.OK) {
            assertThat(restore.err()).as(story).contains("Nothing was changed");
            assertThat(inCopies).as("a refused restore leaves no copy: " + story).isEmpty();
        }
        assertThat(importCode == ExitCode.OK || restore.code() == ExitCode.OK).as(story).isTrue();
    }

    private Path csv(String name, String prefix, int rows) throws Exception {
        Path file = dir.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Email,First name,Last name,Organisation\n");
            for (int i = 0; i < rows; i++) {
                out.write(prefix + i + "@example.org,Ana" + i + ",Müller" + i + ",City of Gdańsk\n");
            }
        }
        return file;
    }

    private List<Path> preRestoreCopies() throws Exception {
        Path folder = dir.resolve("backups");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-pre-restore.db")).toList();
        }
    }

    private static long raceRows(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM registration WHERE email LIKE 'race%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
