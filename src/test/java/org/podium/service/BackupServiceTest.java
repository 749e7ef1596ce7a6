package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Series;
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
            assertThatThrownBy(() -> book.backups().backUpTo(file)).isInstanceOf(ExportException.class)
                    .hasMessageContaining("it is the book itself");
            assertThatThrownBy(() -> book.backups().backUpTo(dir.resolve("no-such-folder").resolve("x.db")))
                    .isInstanceOf(ExportException.class).hasMessageContaining("does not exist");
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
}
