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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.podium.cli.CliHarness.Run;
import org.podium.service.common.Fifos;
import org.podium.store.BookLock;
import org.podium.cli.common.ExitCode;

/**
 * Every command that writes a file, aimed at the book, at each file beside it and at links to
 * them: each is refused with exit 1 naming the target, and the book and its files are as they
 * were. Devices, pipes, permissions and read-only files as targets of the same commands.
 */
class OutputTargetsTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T17:45:03Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness(NOW);
    private Path book;
    private String event;

    private Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = book.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private Run ok(String... args) {
        Run r = run(args);
        assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    /** A book with events, a seated speaker, an erasure log, a lock file and a daily backup beside it. */
    @BeforeEach
    void aBookWithEverythingBesideIt() throws IOException {
        book = dir.resolve("podium.db");
        ok("sample", "load");
        event = ok("events", "list", "--json").json().get(0).get("id").asText();
        ok("people", "add", "--first", "Liam", "--last", "Patuzzi", "--email", "liam@mpie.example");
        ok("panel", "seat", event, "liam@mpie.example", "--role", "panellist");
        ok("privacy", "erase", "gone@example.org");
        BookLock.tryAcquire(book).orElseThrow().close();
        ok("backup");
    }

    /** Each command that takes an output, given its target. */
    static Stream<String> commands() {
        List<String> commands = new ArrayList<>();
        for (String profile : List.of("mailchimp", "brevo", "outlook", "google", "excel", "full")) {
            commands.add("registrants export --event EVENT --profile " + profile + " -o");
        }
        commands.addAll(List.of("events ics EVENT -o", "panel sheet EVENT -o",
                "panel invite EVENT liam@mpie.example -o", "exchange export --event EVENT --with-registrants -o",
                "privacy export liam@mpie.example -o", "backup -o"));
        return commands.stream();
    }

    private Run command(String command, Path target) {
        List<String> args = new ArrayList<>();
        for (String word : command.split(" ")) {
            args.add(word.equals("EVENT") ? event : word);
        }
        args.add(target.toString());
        return run(args.toArray(String[]::new));
    }

    /** The targets that are, or lead to, a file of the book; some are created here as links. */
    private Map<String, Path> theBooksFiles() throws IOException {
        Map<String, Path> targets = new LinkedHashMap<>();
        targets.put("the book", book);
        for (String suffix : List.of("-wal", "-shm", "-journal", ".lock", ".erasures")) {
            targets.put("the book's " + suffix, dir.resolve("podium.db" + suffix));
        }
        targets.put("the book by a roundabout path", dir.resolve("backups").resolve("..").resolve("podium.db"));
        targets.put("a daily copy", dir.resolve("backups").resolve("podium-2026-11-23-daily.db"));
        targets.put("a new file in the backups folder", dir.resolve("backups").resolve("export.csv"));
        targets.put("a link to the book", Files.createSymbolicLink(dir.resolve("link.csv"), book));
        targets.put("a hard link to the book", Files.createLink(dir.resolve("hard.csv"), book));
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        targets.put("a link to the journal", Files.createSymbolicLink(elsewhere.resolve("journal.csv"),
                dir.resolve("podium.db-journal")));
        Path alias = Files.createSymbolicLink(elsewhere.resolve("alias"), dir);
        targets.put("the erasure log through a linked folder", alias.resolve("podium.db.erasures"));
        return targets;
    }

    /** What the book holds and what lies beside it, to compare before and after. */
    private Map<String, String> state() throws IOException {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("events", ok("events", "list", "--json").out());
        state.put("panel", ok("panel", "list", event, "--json").out());
        Path reference = dir.resolve("elsewhere-reference.csv");
        ok("registrants", "export", "--event", event, "--profile", "full", "-o", reference.toString());
        state.put("registrants", Files.readString(reference));
        Files.delete(reference);
        try (Stream<Path> files = Stream.concat(Files.list(dir), Files.list(dir.resolve("backups")))) {
            for (Path file : files.sorted().toList()) {
                String kind = Files.isSymbolicLink(file) ? "link to " + Files.readSymbolicLink(file)
                        : Files.isDirectory(file) ? "folder"
                        : Files.size(file) + " bytes, " + Integer.toHexString(java.util.Arrays.hashCode(Files.readAllBytes(file)));
                state.put(dir.relativize(file).toString(), kind);
            }
        }
        return state;
    }

    @ParameterizedTest
    @MethodSource("commands")
    void theBookAndItsFilesSurviveACommandAimedAtThem(String command) throws IOException {
        Map<String, Path> targets = theBooksFiles();
        Map<String, String> before = state();
        SoftAssertions softly = new SoftAssertions();
        for (Map.Entry<String, Path> target : targets.entrySet()) {
            Run r = command(command, target.getValue());
            softly.assertThat(r.code()).as(target.getKey() + ": " + r.out() + r.err()).isEqualTo(ExitCode.BAD_INPUT);
            softly.assertThat(r.err()).as(target.getKey())
                    .contains("Cannot write " + target.getValue().toAbsolutePath().normalize())
                    .contains("nothing was written");
        }
        softly.assertThat(state()).isEqualTo(before);
        softly.assertAll();
    }

    @Test
    void aRefusalNamesTheFileAndWhatItIs() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.ics"), dir.resolve("podium.db.erasures"));
        Path hard = Files.createLink(dir.resolve("hard.ics"), book);
        Map<Path, String> said = Map.of(book, "it is the book itself",
                link, "it leads to the book's erasure log",
                hard, "it is another name (a hard link) of the book itself");
        for (Map.Entry<Path, String> target : said.entrySet()) {
            Run r = run("events", "ics", event, "-o", target.getKey().toString());
            assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err()).isEqualTo("podium: Cannot write " + target.getKey() + ": " + target.getValue()
                    + " (" + book + "). Choose another file; nothing was written.\n");
        }
    }

    @Test
    void aLinkToTheNullDeviceIsWrittenThroughAndStaysALink() throws IOException {
        Path devNull = Path.of("/dev/null");
        Path link = Files.createSymbolicLink(dir.resolve("discard.csv"), devNull);
        for (String command : commands().toList()) {
            Run r = command(command, link);
            assertThat(r.code()).as(command + ": " + r.err()).isZero();
            assertThat(Files.isSymbolicLink(link)).as(command).isTrue();
            assertThat((Integer) Files.getAttribute(devNull, "unix:mode") & 0170000).as(command).isEqualTo(0020000);
        }
    }

    /**
     * A real process whose standard output is a pipe, as in {@code podium events ics 1 -o /dev/stdout | mail}.
     * The test names it /proc/self/fd/1, the same file, because a Podium that renamed over its
     * target would try that in /proc, where it cannot, rather than in the system's /dev.
     */
    @Test
    void aFileWrittenToStandardOutputComesAloneAndTheReportGoesToErrors() throws Exception {
        Path errors = dir.resolve("errors.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.podium.Main", "--db", book.toString(),
                "events", "ics", event, "-o", "/proc/self/fd/1")
                .redirectError(errors.toFile()).start();
        child.getOutputStream().close();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.waitFor()).as(Files.readString(errors)).isZero();
        assertThat(out).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n").doesNotContain("Saved");
        assertThat(Files.readString(errors)).startsWith("Saved '").endsWith(" to /proc/self/fd/1\n");
    }

    @Test
    void aPipeGetsTheExportAndTheBackupAndStaysAPipe() throws Exception {
        Path pipe = Fifos.make(dir.resolve("pipe"));

        CompletableFuture<byte[]> csv = Fifos.read(pipe);
        ok("registrants", "export", "--event", event, "--profile", "full", "-o", pipe.toString());
        assertThat(Fifos.isFifo(pipe)).isTrue();
        assertThat(new String(csv.get(), StandardCharsets.UTF_8)).startsWith("email,first_name,last_name,");

        CompletableFuture<byte[]> backup = Fifos.read(pipe);
        ok("backup", "-o", pipe.toString());
        assertThat(Fifos.isFifo(pipe)).isTrue();
        assertThat(new String(backup.get(), 0, 16, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3\0");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aReadOnlyTargetIsRefusedAndAPrivateOneStaysPrivate() throws IOException {
        Path readOnly = Files.writeString(dir.resolve("kept.ics"), "an earlier calendar\n");
        Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        Run refused = run("events", "ics", event, "-o", readOnly.toString());
        assertThat(refused.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(refused.err()).contains("Cannot write " + readOnly + ": the file is read-only");
        assertThat(Files.readString(readOnly)).isEqualTo("an earlier calendar\n");

        for (String command : List.of("events ics EVENT -o", "backup -o")) {
            Path secret = Files.writeString(dir.resolve("private-" + command.charAt(0)), "mine\n");
            Files.setPosixFilePermissions(secret, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            assertThat(command(command, secret).code()).isZero();
            assertThat(Files.readString(secret, StandardCharsets.ISO_8859_1)).isNotEqualTo("mine\n");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                    .as(command).isEqualTo("rw-------");
        }
    }
}
