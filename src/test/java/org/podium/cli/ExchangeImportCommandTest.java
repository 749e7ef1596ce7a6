package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.CliHarness.Run;
import org.podium.cli.common.ExitCode;

/** {@code podium exchange import} given files that are not event files. */
class ExchangeImportCommandTest {
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
    void aBinaryFileIsRefusedNamingItAndItsNulByte() throws Exception {
        Path binary = dir.resolve("event.json");
        byte[] bytes = new byte[8 << 20];
        new Random(11).nextBytes(bytes);
        byte[] start = "{\"format\": \"podium-event\",\n\"event\": \"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, bytes, 0, start.length);
        for (int i = start.length; i < bytes.length; i++) {
            bytes[i] = (byte) (bytes[i] == 0 ? 'x' : bytes[i]);
        }
        bytes[bytes.length - 10] = 0;
        Files.write(binary, bytes);

        Run r = run("exchange", "import", binary.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(binary.toString()).contains("is not a Podium event file")
                .contains("contains a NUL byte").doesNotContain("Error");
        assertThat(run("events", "list", "--json").json()).isEmpty();
    }

    @Test
    void aFieldGivenTwiceIsBadInputWithItsLine() throws Exception {
        Path file = Files.writeString(dir.resolve("twice.json"), "{\"format\": \"podium-event\", \"version\": 1,\n"
                + "\"event\": {\"title\": \"Webinar\", \"start\": \"2026-05-28T10:00\", \"zone\": \"Europe/Rome\",\n"
                + "\"minutes\": 60, \"minutes\": 90}}", StandardCharsets.UTF_8);

        Run r = run("exchange", "import", file.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(file.toString()).contains("line 3").contains("Duplicate field 'minutes'");
    }
}
