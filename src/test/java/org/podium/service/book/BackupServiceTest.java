package org.podium.service.book;

import org.podium.service.Book;
import org.podium.service.common.FileWriteException;
import org.podium.service.common.Progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Series;
import org.podium.store.BookLock;
import org.podium.store.BookLockChild;
import org.podium.store.BookRefusedException;
import org.podium.store.DamagedBooks;
import org.podium.store.SeriesStore;

/** The daily copy, copies on demand, and restore with its refusals. */
class BackupServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T17:45:03Z");

    @TempDir
    Path dir;

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private Book open(Path file, Clock clock) {
        return Composition.openBook(file, clock);
    }

    private static List<String> seriesNames(Book book) {
        return new SeriesStore(book.database()).all().stream().map(Series::name).toList();
    }

    private Path bookWith(String name, String... series) {
        Path file = dir.resolve(name);
        try (Book book = open(file, at(NOW))) {
            for (String s : series) {
                new SeriesStore(book.database()).insert(Series.named(s));
            }
        }
        return file;
    }

    @Test
    void theDailyCopyIsTakenOnceADayAndOnlySevenAreKept() {
        Path file = bookWith("podium.db", "ADMin4ALL");
        for (int day = 0; day < 9; day++) {
            try (Book book = open(file, at(NOW.plus(Duration.ofDays(day))))) {
                BackupService.StartReport first = book.backups().atStart();
                assertThat(first.problems()).isEmpty();
                assertThat(first.dailyTaken()).as("day " + day).isPresent();
                assertThat(book.backups().atStart().dailyTaken()).as("a second start that day").isEmpty();
            }
        }
        try (Book book = open(file, at(NOW))) {
            List<BackupService.Copy> kept = book.backups().list();
            assertThat(kept).hasSize(BackupService.DAILY_KEPT).allMatch(e -> e.kind() == BackupService.Kind.DAILY);
            assertThat(kept.get(0).file().getFileName().toString()).isEqualTo("podium-2026-12-01-daily.db");
            assertThat(kept.get(6).file().getFileName().toString()).isEqualTo("podium-2026-11-25-daily.db");
            assertThat(book.backups().folder()).isEqualTo(dir.resolve("backups").toAbsolutePath());
        }
    }

    @Test
    void aDamagedBookIsReportedAtStartAndNotCopied() throws Exception {
        Path file = DamagedBooks.corrupt(bookWith("podium.db", DamagedBooks.seriesFillingPages()));
        try (Book book = open(file, at(NOW))) {
            BackupService.StartReport report = book.backups().atStart();
            assertThat(report.bookIsDamaged()).isTrue();
            assertThat(report.dailyTaken()).isEmpty();
        }
        assertThat(dir.resolve("backups")).doesNotExist();
    }


    @Test
    void backUpNowWritesACheckedCopyToTheChosenFileButNeverOverTheBook() {
        Path file = bookWith("podium.db", "ADMin4ALL");
        try (Book book = open(file, at(NOW))) {
            Path copy = book.backups().backUpTo(dir.resolve("usb-stick.db"));
            assertThat(book.backups().inspect(copy).schemaVersion()).isPositive();
            assertThatThrownBy(() -> book.backups().backUpTo(file)).isInstanceOf(FileWriteException.class)
                    .hasMessageContaining("it is the book itself");
            assertThatThrownBy(() -> book.backups().backUpTo(dir.resolve("no-such-folder").resolve("x.db")))
                    .isInstanceOf(FileWriteException.class).hasMessageContaining("does not exist");
        }
    }

    @Test
    void restoreBacksUpTheCurrentBookThenSwitchesToTheChosenOne() {
        Path file = bookWith("podium.db", "Current work");
        Path backup = bookWith("backup.db", "From the backup");

        BackupService.Restored restored = BackupService.restore(file, backup, at(NOW));

        assertThat(restored.previousBook()).isPresent();
        assertThat(restored.previousBook().get().getFileName().toString())
                .isEqualTo("podium-2026-11-23T17-45-03-pre-restore.db");
        try (Book book = open(file, at(NOW))) {
            assertThat(seriesNames(book)).containsExactly("From the backup");
            assertThat(book.backups().list()).extracting(BackupService.Copy::kind).containsExactly(BackupService.Kind.PRE_RESTORE);
        }
        try (Book previous = open(restored.previousBook().get(), at(NOW))) {
            assertThat(seriesNames(previous)).containsExactly("Current work");
        }
    }

    @Test
    void aCorruptFileIsRefusedAndTheCurrentBookIsUntouched() throws Exception {
        Path file = bookWith("podium.db", "Current work");
        Path corrupt = DamagedBooks.corrupt(bookWith("corrupt.db", DamagedBooks.seriesFillingPages()));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> BackupService.restore(file, corrupt, at(NOW)))
                .isInstanceOf(BookRefusedException.class).hasMessageContaining("damaged");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("backups")).as("nothing to back up for a refused restore").doesNotExist();
    }

    @Test
    void aFileThatIsNotABookOrIsFromANewerPodiumIsRefusedWithTheReason() throws Exception {
        Path file = bookWith("podium.db", "Current work");
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a book");
        Path newer = bookWith("newer.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newer); var st = c.createStatement()) {
            st.execute("PRAGMA user_version = 999");
        }
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> BackupService.restore(file, text, at(NOW))).hasMessageContaining("not a Podium book");
        assertThatThrownBy(() -> BackupService.restore(file, newer, at(NOW))).hasMessageContaining("newer Podium");
        assertThatThrownBy(() -> BackupService.restore(file, file, at(NOW))).hasMessageContaining("the book itself");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aRestoreIsRefusedWhileAnotherProcessHasTheBookOpenForWritingAndChangesNothing() throws Exception {
        Path file = bookWith("podium.db", "Current work");
        Path backup = bookWith("backup.db", "From the backup");
        byte[] before = Files.readAllBytes(file);
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BookLockChild.class.getName(), file.toString(), "writer")
                .redirectErrorStream(true).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(writer.getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> BackupService.restoreUnlessOpen(file, backup, at(NOW), Duration.ZERO))
                    .hasMessageContaining("in use by another Podium").hasMessageContaining("Nothing was changed");
        } finally {
            writer.destroyForcibly().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("backups")).as("no copy for a refused restore").doesNotExist();

        BackupService.restoreUnlessOpen(file, backup, at(NOW), Duration.ZERO);
        try (Book book = open(file, at(NOW))) {
            assertThat(seriesNames(book)).as("once the writer is gone").containsExactly("From the backup");
        }
    }

    @Test
    void theWindowRestoresItsOwnBookOnceItHasClosedItButNotWhileAnotherProcessWritesToIt() throws Exception {
        Path file = bookWith("podium.db", "Current work");
        Path backup = bookWith("backup.db", "From the backup");
        try (BookLock window = BookLock.tryAcquire(file).orElseThrow()) {
            Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), BookLockChild.class.getName(), file.toString(),
                    "writer").redirectErrorStream(true).start();
            try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(writer.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("locked");
                assertThatThrownBy(() -> BackupService.restore(file, backup, at(NOW), Duration.ZERO))
                        .hasMessageContaining("in use by another Podium").hasMessageContaining("Nothing was changed");
            } finally {
                writer.destroyForcibly().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            }
            try (Book book = open(file, at(NOW))) {
                assertThat(seriesNames(book)).containsExactly("Current work");
            }

            BackupService.restore(file, backup, at(NOW), Duration.ZERO);
        }
        try (Book book = open(file, at(NOW))) {
            assertThat(seriesNames(book)).containsExactly("From the backup");
        }
    }

    @Test
    void aConnectionStillOpenOnTheBookSeesTheRestoredBookAndWritesIntoIt() throws Exception {
        Path file = bookWith("podium.db", "Current work");
        Path backup = bookWith("backup.db", "From the backup");
        // Another program (the sqlite3 tool, an old Podium) that takes no part in Podium's lock.
        try (var other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var st = other.createStatement()) {
            try (var rs = st.executeQuery("SELECT count(*) FROM series")) {
                assertThat(rs.next() && rs.getInt(1) == 1).isTrue();
            }

            BackupService.restore(file, backup, at(NOW));

            try (var rs = st.executeQuery("SELECT name FROM series")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).as("the restored book, not a file put aside").isEqualTo("From the backup");
            }
            st.executeUpdate("INSERT INTO series(name) VALUES ('Written after the restore')");
        }
        try (Book book = open(file, at(NOW))) {
            assertThat(seriesNames(book)).containsExactlyInAnyOrder("From the backup", "Written after the restore");
        }
    }

    @Test
    void aBackupWithAnotherPageSizeIsRestoredIntoTheBook() throws Exception {
        Path file = bookWith("podium.db", "Current work");
        Path backup = bookWith("backup.db", "From the backup");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + backup); var st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
            st.execute("PRAGMA page_size = 4096");
            st.execute("VACUUM");
        }

        BackupService.restore(file, backup, at(NOW));

        try (Book book = open(file, at(NOW))) {
            assertThat(seriesNames(book)).containsExactly("From the backup");
        }
    }

    @Test
    void aRestoreWhoseErasureLogCannotBeReadChangesNothing() throws Exception {
        Path file = bookWith("podium.db", "Current work");
        Path backup = bookWith("backup.db", "From the backup");
        // A folder in the way of the log: it cannot be read, whoever runs this (even root).
        Files.createDirectories(dir.resolve("podium.db.erasures"));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> BackupService.restore(file, backup, at(NOW)))
                .hasMessageContaining("podium.db.erasures").hasMessageContaining("cannot be read")
                .hasMessageContaining("Nothing was changed");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    /** Every report a copy makes, in order. */
    private static final class Reports implements Progress {
        final List<long[]> seen = new ArrayList<>();

        @Override
        public synchronized void update(long done, long total) {
            seen.add(new long[] {done, total});
        }

        @Override
        public boolean cancelled() {
            return false;
        }

        long[] last() {
            return seen.get(seen.size() - 1);
        }

        void neverGoBackNorPastTheirTotal() {
            for (int i = 0; i < seen.size(); i++) {
                assertThat(seen.get(i)[0]).as("report %d", i).isBetween(0L, seen.get(i)[1]);
                if (i > 0) {
                    assertThat(seen.get(i)[0]).as("report %d", i).isGreaterThanOrEqualTo(seen.get(i - 1)[0]);
                }
            }
        }
    }

    /** A book of a few megabytes (some 1,000 pages of incompressible series descriptions). */
    private Path largeBook(String name, String series) throws java.sql.SQLException {
        Path file = bookWith(name, series);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement st = c.createStatement()) {
            st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                    + " INSERT INTO series (name, description) SELECT 'S' || i, hex(randomblob(1000)) FROM n");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        return file;
    }

    @Test
    void aBackupReportsItsBytesUpToTheBooksSize() throws Exception {
        Path file = largeBook("podium.db", "ADMin4ALL");
        Reports reports = new Reports();
        try (Book book = open(file, at(NOW))) {
            book.backups().backUpTo(dir.resolve("usb-stick.db"), reports);
            reports.neverGoBackNorPastTheirTotal();
            assertThat(reports.last()[0]).isEqualTo(reports.last()[1]).isGreaterThan(3_000_000L);

            Reports today = new Reports();
            book.backups().backUpToday(today);
            assertThat(today.last()[0]).isEqualTo(today.last()[1]).isPositive();
        }
    }

    @Test
    void aRestoreReportsOneBarThroughItsCopiesAndThePagesWrittenIntoTheBook() throws Exception {
        Path file = largeBook("podium.db", "Current work");
        Path backup = largeBook("backup.db", "From the backup");
        long current = Files.size(file);
        long source = Files.size(backup);
        Reports reports = new Reports();

        BackupService.restore(file, backup, at(NOW), reports);

        reports.neverGoBackNorPastTheirTotal();
        long whole = current + 2 * source;
        assertThat(reports.seen).allSatisfy(r -> assertThat(r[1]).isEqualTo(whole));
        assertThat(reports.last()[0]).isEqualTo(whole);
        assertThat(reports.seen).as("the backup API reports pages between its steps")
                .anySatisfy(r -> assertThat(r[0]).isStrictlyBetween(current + source, whole));
        try (Book book = open(file, at(NOW))) {
            assertThat(seriesNames(book)).contains("From the backup");
        }
    }
}
