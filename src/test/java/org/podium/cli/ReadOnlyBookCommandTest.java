package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.cli.CliHarness.Run;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.service.Book;
import org.podium.store.RegistrationStore;
import org.podium.cli.common.ExitCode;

/** A book whose file cannot be written still answers the commands that only read it. */
class ReadOnlyBookCommandTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    /** Root may write any file whatever its mode, so for root the file is made immutable instead. */
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness(Clock.fixed(NOW, ZoneOffset.UTC));
    private Path book;
    private long eventId;

    @BeforeEach
    void bookThatCannotBeWritten() throws Exception {
        book = dir.resolve("book.db");
        try (Book b = Composition.openBook(book, Clock.fixed(NOW, ZoneOffset.UTC))) {
            b.samples().load();
            eventId = b.events().list().get(0).event().id();
            new RegistrationStore(b.database()).insert(new Registration(0, eventId, "ana@example.org", "Ana", "Rossi",
                    "", "", "", "", "", NOW, RegistrationSource.CSV, RegistrationStatus.REGISTERED, 0, true, NOW, "form",
                    Map.of(), ""));
        }
        if (ROOT) {
            chattr("+i");
        } else {
            Files.setPosixFilePermissions(book, PosixFilePermissions.fromString("r--r--r--"));
        }
        assertThat(Files.isWritable(book)).isFalse();
    }

    @AfterEach
    void writableAgainForCleanUp() throws Exception {
        if (ROOT) {
            chattr("-i");
        } else {
            Files.setPosixFilePermissions(book, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private void chattr(String flag) throws Exception {
        Process p = new ProcessBuilder("chattr", flag, book.toString()).inheritIO().start();
        assertThat(p.waitFor()).as("chattr " + flag).isZero();
    }

    private Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = book.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    @Test
    void readingCommandsWorkAndExportWritesElsewhere() throws Exception {
        byte[] before = Files.readAllBytes(book);

        Run list = run("events", "list");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("European Cities on the Front Line");

        Path out = Files.createDirectory(dir.resolve("out")).resolve("registrants.csv");
        Run export = run("registrants", "export", "--event", String.valueOf(eventId), "--profile", "mailchimp",
                "-o", out.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("ana@example.org,Ana,Rossi");

        assertThat(Files.readAllBytes(book)).isEqualTo(before);
    }

    @Test
    void aWritingCommandIsRefusedSayingTheFileCannotBeWritten() {
        Run add = run("events", "add", "--title", "New", "--start", "2026-12-03T10:00", "--zone", "Europe/Rome",
                "--minutes", "60");

        assertThat(add.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(add.err()).contains("The book " + book + " is open read-only, because its file cannot be written;"
                + " nothing was changed.");
    }
}
