package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.CliHarness.Run;

/** Names holding terminal escape sequences are printed escaped, in prose and in JSON alike. */
class TerminalTextTest {
    private static final String HOSTILE = "Evil\u001b]0;owned\u0007\u001b[2J\rGood\u009b31m \u202Etxt.exe";

    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    private Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("book.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    @Test
    void controlCharactersInAStoredNameAreEscapedWhenPrinted() {
        Run added = run("events", "add", "--title", HOSTILE, "--start", "2026-12-03T10:00", "--zone", "Europe/Rome",
                "--minutes", "60");
        assertThat(added.code()).as(added.err()).isZero();

        Run list = run("events", "list");

        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("Evil\\u001b]0;owned\\u0007\\u001b[2J\\u000dGood\\u009b31m \\u202etxt.exe")
                .doesNotContain("\u001b", "\u0007", "\r", "\u009b", "\u202e");
        assertThat(list.out()).as("line ends and tabs pass").contains("\n");
    }

    @Test
    void jsonStaysValidAndCarriesTheNameUnchanged() {
        run("events", "add", "--title", HOSTILE, "--start", "2026-12-03T10:00", "--zone", "Europe/Rome",
                "--minutes", "60");

        Run json = run("events", "list", "--json");

        assertThat(json.out()).doesNotContain("\u001b", "\u009b", "\u202e");
        assertThat(json.json().get(0).get("title").asText()).isEqualTo(HOSTILE.strip());
    }
}
