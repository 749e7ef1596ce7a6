package org.podium.ui.preferences;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.common.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

class PreferencesViewModelTest {
    @TempDir
    Path dir;

    @Test
    void audienceZonesAreEditedAndSavedWithLanguageAndTheme() {
        List<Preferences> applied = new ArrayList<>();
        PreferencesViewModel model = new PreferencesViewModel(Preferences.defaults(), applied::add);
        model.addZone(ZoneId.of("Asia/Kolkata"));
        model.addZone(ZoneId.of("Asia/Kolkata"));
        model.removeZone(ZoneId.of("Africa/Nairobi"));
        model.languageProperty().set(Preferences.Language.ITALIAN);
        model.themeProperty().set(Preferences.Theme.DARK);
        model.save();

        Preferences saved = applied.get(0);
        assertThat(saved.audienceZones()).extracting(ZoneId::getId).containsExactly(
                "Europe/Brussels", "Europe/London", "America/New_York", "Asia/Kolkata");
        assertThat(saved.language()).isEqualTo(Preferences.Language.ITALIAN);
        assertThat(saved.theme()).isEqualTo(Preferences.Theme.DARK);

        Path file = dir.resolve("preferences.properties");
        saved.save(file);
        assertThat(Preferences.load(file)).isEqualTo(saved);
    }

    @Test
    void resetPutsTheDefaultZonesBack() {
        PreferencesViewModel model = new PreferencesViewModel(Preferences.defaults(), p -> { });
        model.audienceZones().clear();
        model.resetZones();
        assertThat(model.audienceZones()).isEqualTo(Preferences.DEFAULT_ZONES);
    }

    @Test
    void aPreferencesFileWithAnUnknownZoneKeepsTheOthers() throws Exception {
        Path file = dir.resolve("preferences.properties");
        java.nio.file.Files.writeString(file, "audienceZones=Europe/Rome,Mars/Olympus\nlanguage=WELSH\n");
        Preferences loaded = Preferences.load(file);
        assertThat(loaded.audienceZones()).extracting(ZoneId::getId).containsExactly("Europe/Rome");
        assertThat(loaded.language()).isEqualTo(Preferences.Language.SYSTEM);
    }

    @Test
    void theLastZoneIsKeptInThePreferencesFile() {
        Path file = dir.resolve("preferences.properties");
        assertThat(Preferences.load(file).lastZone()).isNull();
        Preferences.defaults().withLastZone(java.time.ZoneId.of("Europe/Brussels")).save(file);
        assertThat(Preferences.load(file).lastZone()).isEqualTo(java.time.ZoneId.of("Europe/Brussels"));
        PreferencesViewModel model = new PreferencesViewModel(Preferences.load(file), p -> p.save(file));
        model.save();
        assertThat(Preferences.load(file).lastZone()).isEqualTo(java.time.ZoneId.of("Europe/Brussels"));
    }
}
