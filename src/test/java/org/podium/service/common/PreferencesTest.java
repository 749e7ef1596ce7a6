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
}
