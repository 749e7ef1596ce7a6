package org.podium.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataPathsTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHomeElseLocalShare() {
        assertThat(DataPaths.book(Optional.empty(), Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME))
                .isEqualTo(Path.of("/data/podium/podium.db"));
        assertThat(DataPaths.book(Optional.empty(), Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/podium/podium.db"));
        assertThat(DataPaths.book(Optional.empty(), Map.of("XDG_DATA_HOME", "relative/path"), "Linux", HOME))
                .as("the XDG spec says a relative path is ignored")
                .isEqualTo(Path.of("/home/ana/.local/share/podium/podium.db"));
    }

    @Test
    void windowsUsesAppDataAndMacUsesApplicationSupport() {
        assertThat(DataPaths.dataFolder(Map.of("APPDATA", "/c/Users/ana/AppData/Roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Roaming/Podium"));
        assertThat(DataPaths.dataFolder(Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/ana/Library/Application Support/Podium"));
    }

    @Test
    void theCacheFollowsEachSystemsConvention() {
        assertThat(DataPaths.cacheFolder(Map.of("XDG_CACHE_HOME", "/cache"), "Linux", HOME)).isEqualTo(Path.of("/cache/podium"));
        assertThat(DataPaths.cacheFolder(Map.of(), "Linux", HOME)).isEqualTo(Path.of("/home/ana/.cache/podium"));
        assertThat(DataPaths.cacheFolder(Map.of("LOCALAPPDATA", "/c/Users/ana/AppData/Local"), "Windows 11", HOME))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Local/Podium/Cache"));
        assertThat(DataPaths.cacheFolder(Map.of(), "Mac OS X", HOME)).isEqualTo(Path.of("/home/ana/Library/Caches/Podium"));
    }

    @Test
    void theDbOptionWinsOverPodiumDbWhichWinsOverTheDataFolder() {
        Map<String, String> env = Map.of("PODIUM_DB", "/elsewhere/work.db", "XDG_DATA_HOME", "/data");
        assertThat(DataPaths.book(Optional.of(Path.of("/tmp/chosen.db")), env, "Linux", HOME))
                .isEqualTo(Path.of("/tmp/chosen.db"));
        assertThat(DataPaths.book(Optional.empty(), env, "Linux", HOME)).isEqualTo(Path.of("/elsewhere/work.db"));
        assertThat(DataPaths.book(Optional.empty(), Map.of("PODIUM_DB", "  "), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/podium/podium.db"));
    }

    @Test
    void aTeamBooksAddressIsRefusedSayingSoRatherThanTakenForAFile() {
        // picocli hands --db over as a Path, which keeps one slash of "postgresql://".
        assertThatThrownBy(() -> DataPaths.book(Optional.of(Path.of("postgresql://ana@db.example.org/podium")), Map.of(),
                "Linux", HOME)).isInstanceOf(DataPaths.TeamBookNotYetException.class)
                .hasMessageStartingWith("--db postgresql://ana@db.example.org/podium:")
                .hasMessageContaining("not yet available on a team book");
        assertThatThrownBy(() -> DataPaths.book(Optional.empty(), Map.of("PODIUM_DB", "postgres://db/podium"), "Linux",
                HOME)).isInstanceOf(DataPaths.TeamBookNotYetException.class)
                .hasMessageStartingWith("PODIUM_DB postgres://db/podium:");
        assertThat(DataPaths.book(Optional.of(Path.of("/tmp/postgresql.db")), Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/tmp/postgresql.db"));
    }

    @Test
    void preferencesLiveInTheDataFolder() {
        assertThat(DataPaths.preferences(Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/podium/preferences.properties"));
    }
}
