package org.podium.store;

import java.time.Clock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Series;
import org.podium.files.TempFiles;

/** The staging files of backups: a killed backup's leftover is cleaned by the next one, a running one's is not. */
class BookCopyStagingTest {
    @TempDir
    Path dir;

    private static final FileTime LONG_AGO = FileTime.from(Instant.now().minus(TempFiles.STALE_AFTER.multipliedBy(2)));

    @Test
    void theNextBackupIntoAFolderRemovesAKilledBackupsLeftoverButNotARunningOnes() throws IOException {
        Path book = dir.resolve("book.db");
        try (Database db = Database.open(book, Clock.systemDefaultZone())) {
            new SeriesStore(db).insert(Series.named("ADMin4ALL"));
        }
        Path copies = Files.createDirectories(dir.resolve("copies"));
        Path killed = Files.writeString(copies.resolve(".usb.db.9c0ffee.tmp"), "half a backup");
        Files.setLastModifiedTime(killed, LONG_AGO);
        Path running = Files.writeString(copies.resolve(".usb.db.c0ffee.tmp"), "a backup being written");
        Path linked = Files.createSymbolicLink(copies.resolve(".notes.txt.abc.tmp"), book);
        Files.setLastModifiedTime(linked, LONG_AGO);

        BookCopy.copy(book, copies.resolve("usb.db"));

        assertThat(names(copies)).containsExactly(".notes.txt.abc.tmp", ".usb.db.c0ffee.tmp", "usb.db");
        assertThat(running).hasContent("a backup being written");
        assertThat(book).exists();
    }

    @Test
    void aReplacedBackupKeepsItsPermissions() throws IOException {
        Path book = dir.resolve("book.db");
        Database.open(book, Clock.systemDefaultZone()).close();
        Path copy = Files.writeString(dir.resolve("private.db"), "an older copy");
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-------"));

        BookCopy.copy(book, copy);

        assertThat(BookCopy.inspect(copy).schemaVersion()).isPositive();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
