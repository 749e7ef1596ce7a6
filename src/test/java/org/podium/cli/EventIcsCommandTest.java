package org.podium.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.CliHarness.Run;
import org.podium.cli.common.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code podium events ics}: run in-process as a script would, with its exit codes. */
class EventIcsCommandTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final CliHarness cli = new CliHarness(NOW);

    private Run run(String... args) {
        return cli.run(args);
    }

    private String db() {
        return dir.resolve("book.db").toString();
    }

    /** Loads the sample and returns the id of the May 2020 webinar. */
    private String frontLineId() throws Exception {
        run("--db", db(), "sample", "load");
        for (JsonNode e : new ObjectMapper().readTree(run("--db", db(), "events", "list", "--json").out())) {
            if (e.get("title").asText().equals("European Cities on the Front Line")) {
                return e.get("id").asText();
            }
        }
        throw new AssertionError("the sample webinar is missing");
    }

    @Test
    void savesTheFileAndSaysWhere() throws Exception {
        Path file = dir.resolve("front-line.ics");
        Run r = run("--db", db(), "events", "ics", frontLineId(), "-o", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("European Cities on the Front Line", file.toString());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nDTSTART;TZID=Europe/Rome:20200528T100000\r\n",
                "\r\nDTEND;TZID=Europe/Rome:20200528T110000\r\n");
    }

    @Test
    void jsonNamesTheFileUidAndSequence() throws Exception {
        Path file = dir.resolve("front-line.ics");
        Run r = run("--db", db(), "events", "ics", frontLineId(), "--output", file.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode json = r.json();
        assertThat(json.get("file").asText()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(json.get("uid").asText()).isEqualTo("admin4all-2020-05-28-cities-front-line@sample.podium");
        assertThat(json.get("sequence").asInt()).isZero();
        assertThat(file).exists();
    }

    @Test
    void anUnknownEventIsBadInput() {
        Path file = dir.resolve("ghost.ics");
        Run r = run("--db", db(), "events", "ics", "42", "-o", file.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("no event 42");
        assertThat(file).doesNotExist();
    }

    @Test
    void anIdThatIsNotANumberIsBadInput() {
        Run r = run("--db", db(), "events", "ics", "first", "-o", dir.resolve("x.ics").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("EVENT: 'first' is not an id");
    }

    @Test
    void anUnwritablePathIsBadInputNamingIt() throws Exception {
        Path folder = dir.resolve("missing");
        Run r = run("--db", db(), "events", "ics", frontLineId(), "-o", folder.resolve("e.ics").toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("podium: Cannot write " + folder.resolve("e.ics"),
                "the folder " + folder + " does not exist").doesNotContain("unexpected");
        assertThat(folder).doesNotExist();
    }

    @Test
    void withoutAnOutputFileItIsWrongUsage() throws Exception {
        Run r = run("--db", db(), "events", "ics", frontLineId());
        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--output");
    }
}
