package org.podium.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Preferences are saved as every file Podium replaces is: whole, private if they were, with nothing left beside them. */
class PreferencesTest {
    @TempDir
    Path dir;

    @Test
    void savedPreferencesReadBackAndAPrivateFileStaysPrivate() throws IOException {
        Path file = dir.resolve("preferences.properties");
        Preferences.defaults().save(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        Preferences chosen = Preferences.defaults().withLanguage(Preferences.Language.ITALIAN)
                .withTheme(Preferences.Theme.DARK).withAudienceZones(List.of(ZoneId.of("Asia/Tokyo")))
                .withLastZone(ZoneId.of("Europe/Rome"));
        chosen.save(file);

        assertThat(Preferences.load(file)).isEqualTo(chosen);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("preferences.properties");
        }
    }

    @Test
    void recentTeamBooksKeepTheNewestFirstOnceEachUpToTheLimitAndReadBack() {
        Path file = dir.resolve("preferences.properties");
        Preferences preferences = Preferences.defaults();
        for (int i = 1; i <= Preferences.RECENT_TEAM_BOOKS + 2; i++) {
            preferences = preferences.withRecentTeamBook("postgresql://ana@db.example.org:5432/book" + i);
        }
        preferences = preferences.withRecentTeamBook("postgresql://ana@db.example.org:5432/book5");
        preferences.save(file);

        Preferences loaded = Preferences.load(file);
        assertThat(loaded.recentTeamBooks()).hasSize(Preferences.RECENT_TEAM_BOOKS)
                .startsWith("postgresql://ana@db.example.org:5432/book5", "postgresql://ana@db.example.org:5432/book10")
                .doesNotContain("postgresql://ana@db.example.org:5432/book1", "postgresql://ana@db.example.org:5432/book2")
                .doesNotHaveDuplicates();
        assertThat(loaded).isEqualTo(preferences);
        // A language chosen later keeps the list.
        assertThat(loaded.withLanguage(Preferences.Language.ITALIAN).recentTeamBooks())
                .isEqualTo(loaded.recentTeamBooks());
    }
}
