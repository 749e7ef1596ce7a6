package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.CliHarness.Run;

/**
 * The command line as a terminal user meets it, through real processes and a shell: the progress
 * line on a terminal and never in a pipe, {@code -o -} and {@code -} through pipes, a pipe closed
 * early, and the completion script loaded by bash.
 */
class TerminalUseTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T17:45:03Z"), ZoneOffset.UTC);
    private static final int ROWS = 30_000;

    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness(NOW);
    private Path book;
    private Path csv;

    private Run ok(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", book.toString()));
        all.addAll(List.of(args));
        Run r = cli.run(all.toArray(String[]::new));
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    /** A book with one event and a registrant file of {@link #ROWS} rows, addresses in random order. */
    @BeforeEach
    void aBookAndALargeFile() throws IOException {
        book = dir.resolve("podium.db");
        ok("events", "add", "--title", "Webinar", "--start", "2026-05-28T10:00", "--zone", "Europe/Rome",
                "--minutes", "60");
        StringBuilder text = new StringBuilder("Email,First Name,Last Name,Country\n");
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < ROWS; i++) {
            text.append("p").append(random.nextInt(1_000_000)).append('.').append(i).append("@example.org,Anna,Rossi,Italy\n");
        }
        csv = Files.writeString(dir.resolve("registrants.csv"), text.toString());
    }

    /** Runs {@code script} in bash with $PODIUM as the command line (a child JVM on this class path). */
    private Shell bash(String script) throws IOException, InterruptedException {
        String podium = Path.of(System.getProperty("java.home"), "bin", "java") + " -Xmx192m -XX:+UseSerialGC -cp "
                + System.getProperty("java.class.path") + " org.podium.Main --db " + book;
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", "set -o pipefail; " + script).directory(dir.toFile());
        builder.environment().put("PODIUM", podium);
        Path out = dir.resolve("shell.out");
        Path err = dir.resolve("shell.err");
        Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        int code = p.waitFor();
        return new Shell(code, Files.readString(out), Files.readString(err));
    }

    record Shell(int code, String out, String err) {
    }

    @Test
    void theProgressLineIsDrawnOnATerminalAndNeverIntoAPipe() throws Exception {
        // script(1) gives the command a pseudo-terminal for standard input, output and errors.
        Shell terminal = bash("script -qec \"$PODIUM registrants import --event 1 registrants.csv\" /dev/null");
        assertThat(terminal.code()).as(terminal.err()).isZero();
        assertThat(terminal.out()).contains("\r[").contains("MB/s").contains(ROWS + " rows; " + ROWS + " imported");

        Shell piped = bash("$PODIUM registrants import --event 1 --update registrants.csv 2>&1 | cat");
        assertThat(piped.code()).as(piped.err()).isZero();
        assertThat(piped.out()).contains(ROWS + " rows;").doesNotContain("\r").doesNotContain("MB/s").doesNotContain("[#");

        Shell quiet = bash("script -qec \"$PODIUM registrants import --event 1 --update --quiet registrants.csv\""
                + " /dev/null");
        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(quiet.out()).as("--quiet on a terminal: no progress, no summary").isEmpty();
    }

    @Test
    void backupRestoreAndErasureDrawTheLineOnATerminalAndNothingIntoAPipe() throws Exception {
        ok("registrants", "import", "--event", "1", csv.toString());

        Shell backup = bash("script -qec \"$PODIUM backup -o copy.db\" /dev/null");
        assertThat(backup.code()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("\r[####################] 100%").contains("MB/s")
                .as("the line is wiped before the summary").containsPattern("MB/s\r +\rBacked up ");
        Shell restore = bash("script -qec \"$PODIUM restore copy.db\" /dev/null");
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("\r[####################] 100%").contains("MB/s").contains("Restored ");
        Shell erase = bash("script -qec \"$PODIUM privacy erase anna@example.org\" /dev/null");
        assertThat(erase.code()).as(erase.err()).isZero();
        assertThat(erase.out()).contains("\r[####################] 100%  3 of 3 steps").contains("Erased ");

        Shell piped = bash("$PODIUM backup -o piped.db 2>&1 | cat && $PODIUM restore piped.db 2>&1 | cat"
                + " && $PODIUM privacy erase bob@example.org 2>&1 | cat");
        assertThat(piped.code()).as(piped.err()).isZero();
        assertThat(piped.out()).contains("Backed up ", "Restored ", "Erased ").doesNotContain("\r")
                .doesNotContain("MB/s").doesNotContain("[#").doesNotContain("steps");
        Shell quiet = bash("script -qec \"$PODIUM backup --quiet -o quiet.db\" /dev/null");
        assertThat(quiet.code()).as(quiet.err()).isZero();
        assertThat(quiet.out()).as("--quiet on a terminal: no progress, no summary").isEmpty();
    }

    @Test
    void anExportGoesThroughGzipAndComesBackInThroughStandardInput() throws Exception {
        ok("registrants", "import", "--event", "1", csv.toString());
        ok("registrants", "export", "--event", "1", "--profile", "full", "--include-without-consent", "-o",
                dir.resolve("direct.csv").toString());

        Shell export = bash("$PODIUM registrants export --event 1 --profile full --include-without-consent -o -"
                + " | gzip > list.csv.gz");
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(export.err()).startsWith("Wrote " + ROWS + " registrants to /dev/stdout");
        Shell unzipped = bash("gunzip -c list.csv.gz | cmp - direct.csv && echo same");
        assertThat(unzipped.out()).as(unzipped.err()).isEqualTo("same\n");

        ok("events", "add", "--title", "Second", "--start", "2026-06-25T10:00", "--zone", "Europe/Rome",
                "--minutes", "60");
        Shell in = bash("gunzip -c list.csv.gz | $PODIUM registrants import --event 2 -");
        assertThat(in.code()).as(in.err()).isZero();
        assertThat(in.out()).startsWith("stdin (Podium full export): " + ROWS + " rows; " + ROWS + " imported");
        assertThat(ok("registrants", "count", "--event", "2").out().strip()).isEqualTo(String.valueOf(ROWS));
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(temporary.map(Path::toString)).as("the copy of standard input is removed")
                    .noneMatch(name -> name.contains("podium-stdin") && Files.exists(Path.of(name, "stdin")));
        }
    }

    @Test
    void standardInputGivesTheSameProblemsOnTheSameLinesAsTheFile() throws Exception {
        Files.writeString(dir.resolve("bad.csv"), "Email,First Name\nanna@example.org,Anna\nnot an address,Bob\n");
        Shell file = bash("$PODIUM registrants import --event 1 bad.csv");
        Shell piped = bash("$PODIUM registrants import --event 1 - < bad.csv");

        assertThat(file.code()).isEqualTo(1);
        assertThat(piped.code()).isEqualTo(1);
        assertThat(file.err()).startsWith("bad.csv:3: ");
        assertThat(piped.err()).isEqualTo(file.err().replace("bad.csv:", "stdin:"));
    }

    @Test
    void aPipeClosedAfterTheFirstRowsEndsTheExportQuietlyWithNothingLeftBehind() throws Exception {
        ok("registrants", "import", "--event", "1", csv.toString());

        Shell head = bash("$PODIUM registrants export --event 1 --profile full --include-without-consent -o -"
                + " | head -c 100 > first.txt; echo ${PIPESTATUS[0]}");

        assertThat(head.out()).isEqualTo("141\n");
        assertThat(head.err()).as("no message and no stack trace").isEmpty();
        assertThat(Files.readString(dir.resolve("first.txt"))).startsWith("email,");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith("podium.db")))
                    .as("no partial or temporary file").containsExactlyInAnyOrder("registrants.csv", "first.txt",
                            "shell.out", "shell.err");
        }
    }

    @Test
    void theCompletionScriptLoadsInBashAndCompletesChoices() throws Exception {
        Shell loaded = bash("source <($PODIUM completion bash) && complete -p podium");
        assertThat(loaded.code()).as(loaded.err()).isZero();
        assertThat(loaded.out()).startsWith("complete ").contains("podium");

        String script = cli.run("completion", "bash").out();
        assertThat(script).contains("registrants", "attendance", "mailchimp", "no-show", "panellist");
        assertThat(cli.run("completion", "zsh").out()).contains("bashcompinit");
    }

    @Test
    void theManualPageRendersWithEveryCommandAndItsExample() throws Exception {
        ManPage.main(new String[] {dir.resolve("man").toString()});
        Process man = new ProcessBuilder("man", "-l", dir.resolve("man/podium.1").toString())
                .redirectErrorStream(true).start();
        man.getOutputStream().close();
        String page = new String(man.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(man.waitFor()).as(page).isZero();
        assertThat(page).contains("PODIUM(1)", "podium registrants export", "podium completion", "EXIT STATUS",
                "141", "Example:", "podium events ics 2 -o webinar.ics").doesNotContain("warning");
        assertThat(Files.readString(dir.resolve("man/podium.bash-completion"))).contains("complete -F");
    }
}
