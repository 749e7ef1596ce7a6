package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.cli.CliHarness.Run;
import org.podium.domain.Registration;
import org.podium.service.Book;
import org.podium.store.RegistrationStore;
import org.podium.cli.common.ExitCode;

/**
 * The erasure log beside the book ({@code .erasures}) cannot be read or written: an erasure
 * and a restore both refuse before they change anything, rather than erase without recording
 * it or replace the book and then fail. A folder stands in the log's way, which no one can read
 * or append to as a file, root included.
 */
class ErasureLogRefusalsTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T17:45:03Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness(NOW);

    private Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("podium.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private void bookWithAna() {
        run("sample", "load");
        long eventId = run("events", "list", "--json").json().get(1).get("id").asLong();
        try (Book book = Composition.openBook(dir.resolve("podium.db"), NOW)) {
            new RegistrationStore(book.database()).insert(Registration.of(eventId, "ana@city.example", "Ana", "Silva",
                    NOW.instant()));
        }
    }

    @Test
    void anErasureThatCannotBeRecordedErasesNothing() throws Exception {
        bookWithAna();
        Files.createDirectories(dir.resolve("podium.db.erasures"));

        Run erase = run("privacy", "erase", "ana@city.example");

        assertThat(run("privacy", "erase", "ana@city.example", "--dry-run").out())
                .as("she is still in the book").contains("Would erase ana@city.example")
                .contains("European Cities on the Front Line");
        assertThat(run("suppression", "list").out()).doesNotContain("ana@city.example");
        assertThat(erase.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(erase.err()).contains("podium.db.erasures").contains("nothing was erased").doesNotContain("unexpected");
    }

    @Test
    void aRestoreWhoseErasureLogCannotBeReadChangesNothing() throws Exception {
        bookWithAna();
        run("backup");
        run("events", "delete", String.valueOf(run("events", "list", "--json").json().get(0).get("id").asLong()));
        Files.createDirectories(dir.resolve("podium.db.erasures"));
        byte[] before = Files.readAllBytes(dir.resolve("podium.db"));

        Run restore = run("restore", dir.resolve("backups").resolve("podium-2026-11-23-daily.db").toString());

        assertThat(Files.readAllBytes(dir.resolve("podium.db"))).isEqualTo(before);
        assertThat(dir.resolve("backups").toFile().list()).as("no pre-restore copy either")
                .containsExactly("podium-2026-11-23-daily.db");
        assertThat(run("events", "list", "--json").json()).hasSize(1);
        assertThat(restore.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(restore.err()).contains("podium.db.erasures").contains("cannot be read")
                .contains("Nothing was changed").doesNotContain("unexpected");
    }
}
