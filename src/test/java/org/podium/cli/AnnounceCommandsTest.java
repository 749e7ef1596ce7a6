package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.CliHarness.Run;

/** {@code events announce}, {@code events mail} and {@code panel brief} on the sample webinars. */
class AnnounceCommandsTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness(NOW);

    private Run run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = dir.resolve("book.db").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private Run ok(String... args) {
        Run r = run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    @BeforeEach
    void samples() {
        ok("sample", "load");
    }

    /** The id of the second sample webinar, whose seed page is bilingual. */
    private String socialInnovation() {
        return ok("events", "list", "--json").json().findParents("title").stream()
                .filter(n -> n.get("title").asText().startsWith("Social Innovation")).findFirst().orElseThrow()
                .get("id").asText();
    }

    @Test
    void theInvitationIsWrittenInEitherLanguageAndFormat() throws Exception {
        String id = socialInnovation();
        Path html = dir.resolve("invito.html");
        Run r = ok("events", "announce", id, "--language", "it", "-o", html.toString(), "--json");
        assertThat(r.json().get("file").asText()).isEqualTo(html.toString());
        assertThat(r.json().get("language").asText()).isEqualTo("it");
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                .contains("<h1>Innovazione Sociale");
        Path text = dir.resolve("invitation.txt");
        ok("events", "announce", id, "--format", "text", "-o", text.toString());
        assertThat(Files.readString(text, StandardCharsets.UTF_8)).startsWith("CONCLUDED").doesNotContain("<");
    }

    @Test
    void aMailIsPrintedOrSaved() throws Exception {
        String id = socialInnovation();
        assertThat(ok("events", "mail", id, "--kind", "thanks").out()).contains("Attended only",
                "thank you for joining");
        Path file = dir.resolve("missed.txt");
        ok("events", "mail", id, "--kind", "missed", "--language", "it", "-o", file.toString());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Solo gli assenti");
        assertThat(ok("events", "mail", id, "--kind", "reminder", "--json").json().get("text").asText())
                .contains("tomorrow");
    }

    @Test
    void unknownEventsPeopleAndWordsAreBadInput() {
        Run unknown = run("events", "announce", "999", "-o", dir.resolve("x.html").toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("999").doesNotContain("Exception");
        assertThat(run("events", "mail", "999", "--kind", "thanks").code()).isEqualTo(1);
        Run kind = run("events", "mail", socialInnovation(), "--kind", "party");
        assertThat(kind.code()).isEqualTo(1);
        assertThat(kind.err()).contains("party");
        assertThat(run("events", "announce", socialInnovation(), "--language", "de", "-o",
                dir.resolve("x.html").toString()).err()).contains("'de' is not en or it");
        Run nobody = run("panel", "brief", socialInnovation(), "nobody@example.org", "-o",
                dir.resolve("b.pdf").toString());
        assertThat(nobody.code()).isEqualTo(1);
        assertThat(nobody.err()).contains("nobody@example.org");
        assertThat(dir.resolve("x.html")).doesNotExist();
        assertThat(dir.resolve("b.pdf")).doesNotExist();
    }

    @Test
    void noOutputMayNameTheBook() throws Exception {
        Path book = dir.resolve("book.db");
        byte[] before = Files.readAllBytes(book);
        String id = socialInnovation();
        for (String[] command : new String[][] {{"events", "announce", id}, {"events", "mail", id, "--kind", "thanks"},
                {"panel", "brief", "1", "1"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 2);
            args[command.length] = "-o";
            args[command.length + 1] = book.toString();
            Run r = run(args);
            assertThat(r.code()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(r.err()).contains(book.toString());
        }
        assertThat(Files.readAllBytes(book)).isEqualTo(before);
    }

    @Test
    void aSpeakersBriefingReadsBack() throws Exception {
        String id = socialInnovation();
        String liam = ok("people", "list", "--json").json().findParents("name").stream()
                .filter(n -> n.get("name").asText().equals("Liam Patuzzi")).findFirst().orElseThrow()
                .get("id").asText();
        Path pdf = dir.resolve("liam.pdf");
        ok("panel", "brief", id, liam, "-o", pdf.toString());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Briefing for Liam Patuzzi", "Social Innovation for Migrant Integration",
                "Presenter", "» Presentation of the study", "10:15", "Technical check",
                "Thursday 24 September 2020", "Jiri Svarc", "Roberta Lo Bianco", "Recording",
                "you agreed to be recorded", "Technical check done")
                .doesNotContain("2. Liam Patuzzi");
        Path italian = dir.resolve("liam-it.pdf");
        ok("panel", "brief", id, liam, "--language", "it", "-o", italian.toString());
        try (PDDocument doc = Loader.loadPDF(italian.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Scheda per Liam Patuzzi", "Prova tecnica");
        }
    }
}
