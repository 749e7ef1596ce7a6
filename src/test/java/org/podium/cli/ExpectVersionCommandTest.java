package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.cli.CliHarness.Run;
import org.podium.service.Book;

/**
 * {@code events update ID … --expect-version N} while a window holds the same book open and
 * saves the event: the command refuses to overwrite that save, naming who made it and when.
 */
class ExpectVersionCommandTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final Instant WINDOW_SAVED = Instant.parse("2026-11-23T11:40:00Z");

    @TempDir
    Path dir;
    private String id;
    private final CliHarness cli = new CliHarness(NOW);

    private Run events(String... args) {
        List<String> all = new ArrayList<>(List.of("--db", book().toString(), "events"));
        all.addAll(List.of(args));
        return cli.run(all.toArray(String[]::new));
    }

    private Path book() {
        return dir.resolve("book.db");
    }

    private JsonNode show() {
        Run r = events("show", id, "--json");
        assertThat(r.code()).as(r.err()).isZero();
        return r.json();
    }

    @BeforeEach
    void addOne() {
        Run added = events("add", "--title", "Cities and climate", "--start", "2026-12-03T10:00", "--zone",
                "Europe/Rome", "--minutes", "60");
        assertThat(added.code()).as(added.err()).isZero();
        id = added.out().strip();
    }

    @Test
    void showGivesTheVersionAndEachUpdateRaisesIt() {
        assertThat(show().get("version").asLong()).isEqualTo(1);

        Run r = events("update", id, "--platform", "WebEx", "--json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("version").asLong()).isEqualTo(2);
        assertThat(r.json().get("changedBy").asText()).isEqualTo(System.getProperty("user.name"));
        assertThat(r.json().get("changedAt").asText()).isEqualTo(NOW.instant().toString());
    }

    @Test
    void aVersionThatMovedIsRefusedNamingWhoChangedItAndWhen() {
        long opened = show().get("version").asLong();
        try (Book window = Composition.openBook(book(), NOW)) {
            window.database().sign("Giulia Rossi", Clock.fixed(WINDOW_SAVED, ZoneOffset.UTC));
            window.events().update(window.events().get(Long.parseLong(id)).toBuilder().title("Climate in cities").build());

            Run refused = events("update", id, "--title", "Cities, climate and migration",
                    "--expect-version", String.valueOf(opened));

            assertThat(refused.code()).isEqualTo(1);
            assertThat(refused.err()).contains("expect-version", "Giulia Rossi", WINDOW_SAVED.toString(),
                    "version " + (opened + 1), "nothing was changed");
            assertThat(refused.out()).isEmpty();
            assertThat(show().get("title").asText()).isEqualTo("Climate in cities");

            Run accepted = events("update", id, "--title", "Cities, climate and migration",
                    "--expect-version", String.valueOf(opened + 1), "--json");
            assertThat(accepted.code()).as(accepted.err()).isZero();
            assertThat(accepted.json().get("version").asLong()).isEqualTo(opened + 2);
            assertThat(window.events().get(Long.parseLong(id)).title()).isEqualTo("Cities, climate and migration");
        }
    }

    @Test
    void withoutExpectVersionAnUpdateOverwritesAsBefore() {
        try (Book window = Composition.openBook(book(), NOW)) {
            window.events().update(window.events().get(Long.parseLong(id)).toBuilder().title("Climate").build());
        }

        Run r = events("update", id, "--title", "Cities, climate and migration");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(show().get("title").asText()).isEqualTo("Cities, climate and migration");
        assertThat(show().get("version").asLong()).isEqualTo(3);
    }

    @Test
    void anExpectedVersionThatIsNotANumberIsBadInput() {
        Run r = events("update", id, "--title", "X", "--expect-version", "two");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("expect-version", "'two'");
    }
}
