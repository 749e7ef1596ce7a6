package org.podium.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.CliHarness.Run;
import org.podium.cli.common.ExitCode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code podium suppression add|list|remove|import}, as a script would run them. */
class SuppressionCommandTest {
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
    void addedAddressesAreListedNormalisedWithReasonAndDate() {
        Run add = run("suppression", "add", "Ana@Example.org", "bob@example.org", "--reason", "asked by email");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).contains("Suppressed 2 addresses.");
        Run again = run("suppression", "add", "ana@example.org");
        assertThat(again.out()).contains("Suppressed 0 addresses; already suppressed: ana@example.org.");

        JsonNode list = run("suppression", "list", "--json").json();
        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("email").asText()).isEqualTo("ana@example.org");
        assertThat(list.get(0).get("reason").asText()).isEqualTo("asked by email");
        assertThat(list.get(0).get("since").asText()).isEqualTo("2026-11-23T12:00:00Z");
        assertThat(run("suppression", "list").out()).contains("bob@example.org", "2026-11-23", "asked by email");
    }

    @Test
    void anArgumentThatIsNotAnAddressAddsNothing() {
        Run r = run("suppression", "add", "ana@example.org", "not-an-address");
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("'not-an-address' is not an email address; nothing was added");
        assertThat(run("suppression", "list", "--json").json()).isEmpty();
    }

    @Test
    void removeTakesAddressesOffTheList() {
        run("suppression", "add", "ana@example.org", "bob@example.org");
        assertThat(run("suppression", "remove", "ANA@example.org").out()).contains("Removed 1 of 1 address");
        assertThat(run("suppression", "list", "--json").json()).hasSize(1);
    }

    @Test
    void importReadsAMailingToolsUnsubscribeFileAndReportsSkippedLines() throws Exception {
        Path file = dir.resolve("unsubscribed_members.csv");
        Files.writeString(file, "Email Address,First Name,UNSUB_REASON\r\nana@example.org,Ana,Other\r\n"
                + "oops,X,\r\nbob@example.org,Bob,\r\n", StandardCharsets.UTF_8);
        Run r = run("suppression", "import", file.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Suppressed 2 new addresses from unsubscribed_members.csv (column 'Email Address');"
                + " 0 already suppressed, 1 line skipped.");
        assertThat(r.err()).contains(file + ", line 3: skipped: 'oops' is not an email address");
        JsonNode list = run("suppression", "list", "--json").json();
        assertThat(list.get(0).get("reason").asText()).isEqualTo("unsubscribed (unsubscribed_members.csv): Other");

        Run json = run("suppression", "import", file.toString(), "--json");
        assertThat(json.json().get("alreadySuppressed").asInt()).isEqualTo(2);
        assertThat(json.json().get("skipped").get(0).get("line").asInt()).isEqualTo(3);
    }

    @Test
    void aMissingOrUnusableFileIsBadInputNamingIt() throws Exception {
        Path missing = dir.resolve("nope.csv");
        Run r = run("suppression", "import", missing.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("Cannot read " + missing + ": there is no such file.");

        Path people = dir.resolve("people.csv");
        Files.writeString(people, "Name;City\nAna;Milano\n");
        Run noColumn = run("suppression", "import", people.toString());
        assertThat(noColumn.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noColumn.err()).contains(people + " has no column of email addresses");
    }

    @Test
    void aBinaryFileIsRefusedNamingItWithoutReadingItWhole() throws Exception {
        Path binary = dir.resolve("export.bin");
        byte[] bytes = new byte[8 << 20];
        new java.util.Random(22).nextBytes(bytes);
        System.arraycopy("Email\nana@example.org\n".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 22);
        bytes[40] = 0;
        Files.write(binary, bytes);

        Run r = run("suppression", "import", binary.toString());

        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains(binary.toString()).contains("NUL byte").doesNotContain("Error");
        assertThat(run("suppression", "list", "--json").json()).isEmpty();
    }
}
