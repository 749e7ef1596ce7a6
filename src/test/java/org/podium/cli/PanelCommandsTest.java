package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.cli.CliHarness.Run;
import org.podium.cli.common.ExitCode;

/** {@code people}, {@code panel} and {@code agenda}, run in-process as a script would run them. */
class PanelCommandsTest {
    /** Monday 23 November 2026, 13:00 in Rome. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final CliHarness cli = new CliHarness(NOW);
    private String event;

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
    void anEventAtNightInRome() {
        event = ok("events", "add", "--title", "Cities after dark", "--start", "2026-12-05T23:30", "--zone",
                "Europe/Rome", "--minutes", "75").out().strip();
    }

    @Test
    void peopleAreAddedAndListedWithTheirOrganisation() {
        Run added = ok("people", "add", "--first", "Liam", "--last", "Patuzzi", "--email", "liam@mpie.example",
                "--position", "Policy Analyst", "--organisation", "Migration Policy Institute Europe", "--json");
        assertThat(added.err()).contains("note: added the organisation 'Migration Policy Institute Europe'");
        ok("people", "add", "--first", "Roberta", "--last", "Lo Bianco", "--organisation", "migration policy institute EUROPE");

        JsonNode people = ok("people", "list", "--json").json();

        assertThat(people).hasSize(2);
        assertThat(people.get(0).get("name").asText()).isEqualTo("Roberta Lo Bianco");
        assertThat(people.get(1).get("email").asText()).isEqualTo("liam@mpie.example");
        assertThat(people.get(1).get("organisation").asText()).isEqualTo("Migration Policy Institute Europe");
        assertThat(people.get(0).get("organisationId").asLong()).isEqualTo(people.get(1).get("organisationId").asLong());
        assertThat(ok("people", "list").out()).contains("Liam Patuzzi", "Policy Analyst, Migration Policy Institute Europe");
    }

    @Test
    void aTakenAddressIsBadInputAndAddsNothingNotEvenTheOrganisation() {
        ok("people", "add", "--first", "Liam", "--last", "Patuzzi", "--email", "liam@mpie.example");

        Run r = run("people", "add", "--first", "Other", "--last", "Liam", "--email", "LIAM@mpie.example",
                "--organisation", "New Org");

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("email: LIAM@mpie.example is already the address of Liam Patuzzi");
        assertThat(ok("people", "list", "--json").json()).hasSize(1);
    }

    @Test
    void seatsAreAddedByIdOrEmailAndListedInOrder() {
        String liam = ok("people", "add", "--first", "Liam", "--last", "Patuzzi", "--email", "liam@mpie.example").out().strip();
        String roberta = ok("people", "add", "--first", "Roberta", "--last", "Lo Bianco").out().strip();

        Run seated = ok("panel", "seat", event, "LIAM@mpie.example", "--role", "presenter", "--state", "confirmed", "--json");
        assertThat(seated.json().get("number").asInt()).isEqualTo(1);
        assertThat(seated.json().get("state").asText()).isEqualTo("confirmed");
        assertThat(ok("panel", "seat", event, roberta, "--role", "opening-remarks").out())
                .isEqualTo("Seated Roberta Lo Bianco on “Cities after dark” as opening-remarks (invited), seat 2.\n");

        JsonNode panel = ok("panel", "list", event, "--json").json();
        assertThat(panel.get("seats")).extracting(s -> s.get("personId").asText() + " " + s.get("role").asText()
                + " " + s.get("state").asText()).containsExactly(liam + " presenter confirmed",
                roberta + " opening-remarks invited");
        assertThat(panel.get("chasing")).as("more than a week away").isEmpty();
    }

    @Test
    void seatingTwiceOrAnUnknownPersonOrEventIsBadInputNamingItAndChangesNothing() {
        String liam = ok("people", "add", "--first", "Liam", "--last", "Patuzzi").out().strip();
        ok("panel", "seat", event, liam, "--role", "presenter");

        Run twice = run("panel", "seat", event, liam, "--role", "panellist");
        assertThat(twice.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(twice.err()).contains("Liam Patuzzi (person " + liam + ") is already seated on “Cities after dark”");
        Run nobody = run("panel", "seat", event, "99", "--role", "panellist");
        assertThat(nobody.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(nobody.err()).contains("PERSON: there is no person 99.");
        Run noEvent = run("panel", "seat", "42", liam, "--role", "panellist");
        assertThat(noEvent.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noEvent.err()).contains("There is no event 42.");
        Run badRole = run("panel", "seat", event, liam, "--role", "speaker");
        assertThat(badRole.err()).contains("role: 'speaker' is not one of opening-remarks, keynote");

        assertThat(ok("panel", "list", event, "--json").json().get("seats")).singleElement()
                .satisfies(s -> assertThat(s.get("role").asText()).isEqualTo("presenter"));
    }

    @Test
    void theAgendaIsTimedInTheEventsZoneAcrossMidnightWithItsTotal() {
        String liam = ok("people", "add", "--first", "Liam", "--last", "Patuzzi", "--email", "liam@mpie.example").out().strip();
        ok("agenda", "add", event, "--title", "Welcome", "--minutes", "20");
        Run talk = ok("agenda", "add", event, "--title", "Night talk", "--minutes", "40", "--speaker", liam,
                "--speaker", "liam@mpie.example", "--json");
        assertThat(talk.json().get("start").asText()).isEqualTo("2026-12-05T23:50");
        assertThat(talk.json().get("speakers")).singleElement()
                .satisfies(s -> assertThat(s.get("name").asText()).isEqualTo("Liam Patuzzi"));
        assertThat(talk.json().get("fit").asText()).isEqualTo("underrun");
        ok("agenda", "add", event, "--title", "Questions", "--minutes", "25", "--notes", "Chat questions first");

        JsonNode agenda = ok("agenda", "show", event, "--json").json();

        assertThat(agenda.get("zone").asText()).isEqualTo("Europe/Rome");
        assertThat(agenda.get("items")).extracting(i -> i.get("start").asText()).containsExactly(
                "2026-12-05T23:30", "2026-12-05T23:50", "2026-12-06T00:30");
        assertThat(agenda.get("totalMinutes").asInt()).isEqualTo(85);
        assertThat(agenda.get("slotMinutes").asInt()).isEqualTo(75);
        assertThat(agenda.get("balanceMinutes").asInt()).isEqualTo(10);
        assertThat(agenda.get("fit").asText()).isEqualTo("overrun");
        assertThat(ok("agenda", "show", event).out()).contains("00:30 +1", "Night talk — Liam Patuzzi",
                "Overruns: 85 of 75 minutes planned, 10 minutes too many; the agenda ends at 00:55, the event at 00:45.");
    }

    @Test
    void aZeroOrNegativeLengthOrAnUnknownSpeakerAddsNothing() {
        Run zero = run("agenda", "add", event, "--title", "Welcome", "--minutes", "0");
        assertThat(zero.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(zero.err()).contains("minutes: the duration must be at least one minute, not 0");
        assertThat(run("agenda", "add", event, "--title", "Welcome", "--minutes", "-5").err())
                .contains("minutes: the duration must be at least one minute, not -5");
        Run ghost = run("agenda", "add", event, "--title", "Welcome", "--minutes", "5", "--speaker", "ghost@x.example");
        assertThat(ghost.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(ghost.err()).contains("speaker: there is no person with the email ghost@x.example.");
        assertThat(run("agenda", "add", "77", "--title", "Welcome", "--minutes", "5").err())
                .contains("There is no event 77.");

        assertThat(ok("agenda", "show", event, "--json").json().get("items")).isEmpty();
    }

    @Test
    void theCueSheetIsSavedAsAPdfWithEveryTimedLine() throws Exception {
        ok("agenda", "add", event, "--title", "Welcome", "--minutes", "20");
        ok("agenda", "add", event, "--title", "After midnight", "--minutes", "55");
        Path file = dir.resolve("sheet.pdf");

        Run r = ok("panel", "sheet", event, "-o", file.toString(), "--json");

        assertThat(r.json().get("file").asText()).isEqualTo(file.toAbsolutePath().toString());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("[ \\t]+", " "))
                    .contains("23:30 20 min Welcome", "23:50 55 min After midnight", "75 of 75 minutes planned: on time.");
        }
        Run missing = run("panel", "sheet", event, "-o", dir.resolve("no/such/sheet.pdf").toString());
        assertThat(missing.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("does not exist");
    }

    @Test
    void aCharacterNoFontHasIsABoxOnTheSheetAndAWarning() throws Exception {
        // U+0378 is unassigned: no font has it, on any computer.
        String ghost = ok("people", "add", "--first", "Zoë", "--last", "Kim \u0378 김").out().strip();
        ok("panel", "seat", event, ghost, "--role", "panellist");
        Path file = dir.resolve("sheet.pdf");

        Run r = ok("panel", "sheet", event, "-o", file.toString(), "--json");

        assertThat(r.err()).contains("Warning: 1 character(s) have no font on this computer and show as □ in the PDF:",
                "(U+0378)");
        assertThat(r.json().get("missingCharacters").toString()).isEqualTo("[\"\u0378\"]");
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Zoë Kim □ 김").doesNotContain("?");
        }
    }

    @Test
    void aSpeakersInvitationIsAddressedToThemWithTheirSlot() throws Exception {
        String liam = ok("people", "add", "--first", "Liam", "--last", "Patuzzi", "--email", "liam@mpie.example").out().strip();
        String silent = ok("people", "add", "--first", "No", "--last", "Address").out().strip();
        ok("panel", "seat", event, liam, "--role", "keynote", "--state", "confirmed");
        ok("panel", "seat", event, silent, "--role", "moderator");
        ok("agenda", "add", event, "--title", "Keynote", "--minutes", "30", "--speaker", liam);
        Path file = dir.resolve("liam.ics");

        Run r = ok("panel", "invite", event, "liam@mpie.example", "-o", file.toString(), "--json");

        assertThat(r.json().get("addressed").asBoolean()).isTrue();
        String ics = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(ics).contains("METHOD:REQUEST", "ATTENDEE;CN=Liam Patuzzi;", "mailto:liam@mpie.example",
                "Invitation for Liam Patuzzi: Keynote (confirmed).\\nYour slot: 23:30–00:00 CET (30 min)\\, Keynote.");
        Run unaddressed = ok("panel", "invite", event, silent, "-o", dir.resolve("silent.ics").toString());
        assertThat(unaddressed.err()).contains("note: No Address has no email address");
        Run notSeated = run("panel", "invite", event, ok("people", "add", "--first", "Ana", "--last", "Elsewhere")
                .out().strip(), "-o", dir.resolve("ana.ics").toString());
        assertThat(notSeated.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notSeated.err()).contains("has no seat on “Cities after dark”");
        assertThat(dir.resolve("ana.ics")).doesNotExist();
    }

    @Test
    void aBriefingsBadLanguageIsToldBeforeTheEventOrTheSpeakerIsLookedUp() {
        Run r = run("panel", "brief", "999", "nobody@example.org", "--language", "fr", "-o",
                dir.resolve("brief.pdf").toString());

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("language: 'fr' is not en or it");
        assertThat(dir.resolve("brief.pdf")).doesNotExist();
    }
}
