package org.podium.service.privacy;

import org.podium.English;
import org.podium.service.Book;
import org.podium.service.common.FileReadException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Suppression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The suppression list: pasted addresses, removal with undo, a mailing tool's unsubscribe file. */
class SuppressionServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path dir;
    Book book;
    SuppressionService suppressions;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        suppressions = book.suppressions();
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void pastedAddressesAreSplitNormalisedAndTheRestReported() {
        suppressions.add("old@example.org", "erased");
        SuppressionService.AddResult r = suppressions.add(
                "Ana@Example.org, bob@example.org;carla@example.it\n\t<dora@example.de>  \"Old@example.org\" nonsense"
                        + " ana@example.org", "asked by phone");

        assertThat(r.added()).containsExactly("ana@example.org", "bob@example.org", "carla@example.it", "dora@example.de");
        assertThat(r.alreadySuppressed()).containsExactly("old@example.org");
        assertThat(r.invalid()).containsExactly("nonsense");
        assertThat(suppressions.list()).extracting(Suppression::email).containsExactly("ana@example.org",
                "bob@example.org", "carla@example.it", "dora@example.de", "old@example.org");
        assertThat(suppressions.list().get(0)).isEqualTo(new Suppression("ana@example.org", "asked by phone", NOW));
    }

    @Test
    void namesCopiedFromAMailProgramAreDroppedAroundTheirAddresses() {
        SuppressionService.AddResult r = suppressions.add("Ana Rossi <ana@example.org>; \"Brown, Bob\" <Bob@Example.org>,"
                + " carla@example.it\nDora <dora@example.de>", "unsubscribed");
        assertThat(r.added()).containsExactly("ana@example.org", "bob@example.org", "carla@example.it", "dora@example.de");
        assertThat(r.invalid()).isEmpty();
    }

    @Test
    void removedEntriesComeBackAsTheyWereOnUndo() {
        suppressions.add("ana@example.org bob@example.org", "unsubscribed");
        List<Suppression> removed = suppressions.remove(List.of("ANA@example.org", "nobody@example.org"));
        assertThat(removed).containsExactly(new Suppression("ana@example.org", "unsubscribed", NOW));
        assertThat(suppressions.isSuppressed("ana@example.org")).isFalse();

        suppressions.restore(removed);
        assertThat(suppressions.list()).contains(new Suppression("ana@example.org", "unsubscribed", NOW));
    }

    @Test
    void anUnsubscribeFileSuppressesItsAddressesWithTheToolsReason() throws Exception {
        suppressions.add("bob@example.org", "erased");
        Path file = dir.resolve("unsubscribed.csv");
        Files.writeString(file, "Email Address,First Name,UNSUB_REASON\nana@example.org,Ana,Too many emails\n"
                + "BOB@example.org,Bob,\nnot-an-address,X,\n", StandardCharsets.UTF_8);

        SuppressionService.FileResult r = suppressions.importFile(file, "Unsubscribed in Mailchimp");

        assertThat(r.added()).isEqualTo(1);
        assertThat(r.alreadySuppressed()).isEqualTo(1);
        assertThat(r.problems()).singleElement().extracting(SuppressionService.LineProblem::line, p -> English.of(p.text()))
                .containsExactly(4L, "'not-an-address' is not an email address");
        assertThat(suppressions.list()).contains(new Suppression("ana@example.org",
                "Unsubscribed in Mailchimp: Too many emails", NOW));
        assertThat(r.guessedEncoding()).isEmpty();
    }

    @Test
    void aFileThatIsNotUtf8SaysWhatItWasReadAs() throws Exception {
        Path file = dir.resolve("vecchio.csv");
        Files.writeString(file, "E-mail;Motivo\ncafe@example.it;non più interessato\n",
                java.nio.charset.Charset.forName("windows-1252"));

        SuppressionService.FileResult r = suppressions.importFile(file, "Disiscritto");

        assertThat(r.guessedEncoding()).isEqualTo("Windows-1252");
        assertThat(suppressions.list()).contains(new Suppression("cafe@example.it",
                "Disiscritto: non più interessato", NOW));
    }

    @Test
    void aMissingFileIsRefusedNamingIt() {
        Path file = dir.resolve("nope.csv");
        assertThatThrownBy(() -> suppressions.importFile(file, "x")).isInstanceOf(FileReadException.class)
                .hasMessage("Cannot read " + file + ": there is no such file.");
    }
}
