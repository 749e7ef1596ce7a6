package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.cli.CliHarness.Run;
import org.podium.domain.Registration;
import org.podium.service.Book;
import org.podium.store.BookLock;
import org.podium.store.RegistrationStore;
import org.podium.cli.common.ExitCode;

/** backup, restore, exchange, privacy and trash on the command line, with their exit codes. */
class SafetyCommandsTest {
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

    private long firstEventId() {
        return run("events", "list", "--json").json().get(1).get("id").asLong();
    }

    @Test
    void backupTakesTodaysCopyAndListShowsIt() {
        run("sample", "load");
        Run backup = run("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("podium-2026-11-23-daily.db").contains("integrity_check");

        Run chosen = run("backup", "-o", dir.resolve("stick.db").toString(), "--json");
        assertThat(chosen.json().get("backup").asText()).isEqualTo(dir.resolve("stick.db").toString());

        JsonNode list = run("backup", "list", "--json").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("kind").asText()).isEqualTo("daily");
        assertThat(run("backup", "list").out()).contains("daily").contains("podium-2026-11-23-daily.db");
    }

    @Test
    void restoreSwitchesToTheBackupAndKeepsTheReplacedBook() {
        run("sample", "load");
        run("backup");
        run("events", "delete", String.valueOf(firstEventId()));
        assertThat(run("events", "list", "--json").json()).hasSize(1);

        Run restored = run("restore", dir.resolve("backups").resolve("podium-2026-11-23-daily.db").toString());

        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("2 events").contains("podium-2026-11-23T17-45-03-pre-restore.db");
        assertThat(run("events", "list", "--json").json()).hasSize(2);
    }

    @Test
    void restoringABackupFromBeforeAnErasureErasesThePersonAgain() {
        run("sample", "load");
        long eventId = firstEventId();
        long sampleAudience;
        try (Book book = Composition.openBook(dir.resolve("podium.db"), NOW)) {
            sampleAudience = book.events().list().stream().mapToLong(s -> s.registrants()).sum();
            new RegistrationStore(book.database()).insert(Registration.of(eventId, "ana@city.example", "Ana", "Silva",
                    NOW.instant()));
        }
        run("backup");
        run("privacy", "erase", "ana@city.example");

        Run restored = run("restore", dir.resolve("backups").resolve("podium-2026-11-23-daily.db").toString(), "--json");

        assertThat(restored.json().get("erasedAgain").asInt()).isEqualTo(1);
        assertThat(run("privacy", "erase", "ana@city.example", "--dry-run").out()).contains("nothing: the book holds no record");
    }

    @Test
    void restoreRefusesACorruptFileOrABookOpenInAWindowAndChangesNothing() throws Exception {
        run("sample", "load");
        Path junk = Files.writeString(dir.resolve("junk.db"), "SQLite format 3\0 but then nothing useful at all",
                StandardCharsets.ISO_8859_1);
        Run refused = run("restore", junk.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("junk.db").contains("damaged");

        run("backup");
        try (BookLock window = BookLock.tryAcquire(dir.resolve("podium.db")).orElseThrow()) {
            Run open = run("restore", dir.resolve("backups").resolve("podium-2026-11-23-daily.db").toString());
            assertThat(open.code()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(open.err()).contains("open in a Podium window").contains("Nothing was changed");
        }
        assertThat(run("events", "list", "--json").json()).hasSize(2);
        assertThat(dir.resolve("backups").toFile().list()).containsExactly("podium-2026-11-23-daily.db");
    }

    @Test
    void exchangeCarriesAnEventToAnotherBook() {
        run("sample", "load");
        Path file = dir.resolve("event.json");
        Run export = run("exchange", "export", "--event", String.valueOf(firstEventId()), "-o", file.toString(),
                "--with-registrants");
        assertThat(export.code()).as(export.err()).isZero();
        // The sample webinars come with their (fictional) audience, which travels with the event.
        assertThat(export.out()).contains("European Cities on the Front Line").containsPattern("[1-9][0-9]* registrants");

        Run imported = cli.run("--db", dir.resolve("other.db").toString(), "exchange", "import", file.toString(), "--json");
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.json().get("event").asText()).isEqualTo("added");
        assertThat(imported.json().get("organisations").get("added").asInt()).isEqualTo(7);
        Run again = cli.run("--db", dir.resolve("other.db").toString(), "exchange", "import", file.toString());
        assertThat(again.out()).startsWith("Already up to date: event 1").contains("organisations: 0 added, 0 updated, 7 unchanged");
    }

    @Test
    void anEventFileDoesNotBringBackAnAddressErasedInTheOtherBookAndSaysSo() throws Exception {
        run("sample", "load");
        String event = String.valueOf(firstEventId());
        Path csv = Files.writeString(dir.resolve("r.csv"), "Email,First Name\nann@example.org,Ann\nbo@example.org,Bo\n");
        assertThat(run("registrants", "import", "--event", event, csv.toString()).code()).isZero();
        Path file = dir.resolve("event.json");
        assertThat(run("exchange", "export", "--event", event, "-o", file.toString(), "--with-registrants").code())
                .isZero();
        String other = dir.resolve("other.db").toString();
        assertThat(cli.run("--db", other, "privacy", "erase", "\uFEFFAnn@Example.org").code()).isZero();

        Run imported = cli.run("--db", other, "exchange", "import", file.toString(), "--json");

        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.json().get("erasedSkipped").asInt()).isEqualTo(1);
        Run listed = cli.run("--db", other, "registrants", "list", "--event", "1", "--json");
        assertThat(listed.out()).contains("bo@example.org").doesNotContain("ann@example.org");
    }

    @Test
    void aBadEventFileExitsOneNamingTheField() throws Exception {
        Path file = Files.writeString(dir.resolve("bad.json"),
                "{\"format\":\"podium-event\",\"version\":1,\"event\":{\"title\":\"T\",\"start\":42}}");
        Run r = run("exchange", "import", file.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("bad.json").contains("event.start: expected a date-time like 2026-05-28T10:00, found 42");
        assertThat(run("exchange", "export", "--event", "x", "-o", "f.json").err()).contains("event: 'x' is not an id");
    }

    @Test
    void privacyEraseListsWhatWentAndDryRunChangesNothing() {
        run("sample", "load");
        long eventId = firstEventId();
        try (Book book = Composition.openBook(dir.resolve("podium.db"), NOW)) {
            new RegistrationStore(book.database()).insert(Registration.of(eventId, "Ana@City.example", "Ana", "Silva",
                    NOW.instant()));
        }
        Run dry = run("privacy", "erase", "ana@city.example", "--dry-run");
        assertThat(dry.out()).contains("Would erase ana@city.example").contains("European Cities on the Front Line")
                .contains("Nothing was changed");

        Run erased = run("privacy", "erase", "ana@city.example", "--json");
        assertThat(erased.code()).isZero();
        assertThat(erased.json().get("erased").asBoolean()).isTrue();
        assertThat(erased.json().get("registrations").get(0).get("title").asText()).isEqualTo("European Cities on the Front Line");
        assertThat(run("privacy", "erase", "ana@city.example").out()).contains("nothing: the book holds no record");

        Path sar = dir.resolve("ana.json");
        Run export = run("privacy", "export", "ana@city.example", "-o", sar.toString());
        assertThat(export.out()).contains("0 registrations").contains("a suppression entry");
        assertThat(run("privacy", "erase", "not-an-address").err()).contains("email: 'not-an-address' is not an email address");
    }

    @Test
    void retentionPreviewsThenApplies() {
        run("sample", "load");
        long eventId = firstEventId();
        long sampleAudience;
        try (Book book = Composition.openBook(dir.resolve("podium.db"), NOW)) {
            sampleAudience = book.events().list().stream().mapToLong(s -> s.registrants()).sum();
            new RegistrationStore(book.database()).insert(Registration.of(eventId, "ana@city.example", "Ana", "Silva",
                    NOW.instant()));
        }
        assertThat(run("privacy", "retention").err()).contains("no retention rule");

        Run preview = run("privacy", "retention", "--months", "24", "--json");
        assertThat(preview.json().get("applied").asBoolean()).isFalse();
        assertThat(preview.json().get("registrants").asLong()).as("the samples' audience and Ana, all of 2020")
                .isEqualTo(sampleAudience + 1);
        Run applied = run("privacy", "retention", "--months", "24", "--apply", "--json");
        assertThat(applied.json().get("events")).isEqualTo(preview.json().get("events"));
        assertThat(run("privacy", "retention", "--months", "24").out()).contains("No registrants are due");
        assertThat(run("privacy", "retention", "--months", "0").err()).contains("months");
    }

    @Test
    void trashListsRestoresAndEmpties() {
        run("sample", "load");
        long eventId = firstEventId();
        run("events", "delete", String.valueOf(eventId));
        assertThat(run("trash", "list", "--json").json().get(0).get("kind").asText()).isEqualTo("event");
        assertThat(run("trash", "restore", "--event", String.valueOf(eventId)).out()).contains("Restored event");
        assertThat(run("trash", "list").out()).contains("is empty");
        run("events", "delete", String.valueOf(eventId));
        assertThat(run("trash", "empty").out()).contains("1 event(s), 0 person(s)");
        assertThat(run("trash", "restore", "--event", String.valueOf(eventId)).code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("trash", "restore").code()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void aWriteWhileTheWindowWritesWaitsThenFailsWithAClearMessage() throws Exception {
        run("sample", "load");
        try (Book window = Composition.openBook(dir.resolve("podium.db"), NOW)) {
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Void> longWrite = CompletableFuture.runAsync(() -> window.database().write(c -> {
                window.events().moveToTrash(firstEventIdIn(window));
                holding.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            Run r = run("events", "add", "--title", "From a script", "--start", "2027-01-14T16:30",
                    "--zone", "Europe/Rome", "--minutes", "45");

            assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err()).contains("is busy: another Podium is writing to it. Nothing was changed");
            release.countDown();
            longWrite.get(30, TimeUnit.SECONDS);
        }
        assertThat(run("events", "list", "--json").json()).extracting(e -> e.get("title").asText())
                .containsExactly("Social Innovation for Migrant Integration");
    }

    private static long firstEventIdIn(Book book) {
        return book.events().list().get(1).event().id();
    }
}
