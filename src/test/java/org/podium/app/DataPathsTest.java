package org.podium.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.podium.store.TeamAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataPathsTest {
    private static final Path HOME = Path.of("/home/ana");

    @Test
    void linuxUsesXdgDataHomeElseLocalShare() {
        assertThat(DataPaths.book(Optional.empty(), Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME))
                .isEqualTo(file("/data/podium/podium.db"));
        assertThat(DataPaths.book(Optional.empty(), Map.of(), "Linux", HOME))
                .isEqualTo(file("/home/ana/.local/share/podium/podium.db"));
        assertThat(DataPaths.book(Optional.empty(), Map.of("XDG_DATA_HOME", "relative/path"), "Linux", HOME))
                .as("the XDG spec says a relative path is ignored")
                .isEqualTo(file("/home/ana/.local/share/podium/podium.db"));
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
        assertThat(DataPaths.book(Optional.of("/tmp/chosen.db"), env, "Linux", HOME)).isEqualTo(file("/tmp/chosen.db"));
        assertThat(DataPaths.book(Optional.empty(), env, "Linux", HOME)).isEqualTo(file("/elsewhere/work.db"));
        assertThat(DataPaths.book(Optional.empty(), Map.of("PODIUM_DB", "  "), "Linux", HOME))
                .isEqualTo(file("/home/ana/.local/share/podium/podium.db"));
    }

    @Test
    void aTeamBooksAddressNamesATeamBookWithPgUserElseTheSystemsUserWhenItNamesNone() {
        assertThat(DataPaths.book(Optional.of("postgresql://ana@db.example.org/podium"), Map.of(), "Linux", HOME))
                .isEqualTo(new BookPlace.Team(new TeamAddress("ana", "db.example.org", 5432, "podium", Map.of())));
        assertThat(DataPaths.book(Optional.empty(), Map.of("PODIUM_DB", "postgres://db:5433/team", "PGUSER", "bea"),
                "Linux", HOME)).isEqualTo(new BookPlace.Team(new TeamAddress("bea", "db", 5433, "team", Map.of())));
        assertThat(DataPaths.book(Optional.of("/tmp/postgresql.db"), Map.of(), "Linux", HOME))
                .isEqualTo(file("/tmp/postgresql.db"));
    }

    @Test
    void anAddressOrAFileNameThatCannotBeUsedIsRefusedNamingWhereItCameFrom() {
        assertThatThrownBy(() -> DataPaths.book(Optional.of("postgresql://ana:secret@db/podium"), Map.of(), "Linux", HOME))
                .isInstanceOf(BookPlace.PlaceRefusedException.class)
                .hasMessageStartingWith("--db postgresql://ana:secret@db/podium: ").hasMessageContaining(".pgpass");
        assertThatThrownBy(() -> DataPaths.book(Optional.empty(), Map.of("PODIUM_DB", "postgresql://db:99999/podium"),
                "Linux", HOME)).isInstanceOf(BookPlace.PlaceRefusedException.class)
                .hasMessageStartingWith("PODIUM_DB postgresql://db:99999/podium: ").hasMessageContaining("port");
        assertThatThrownBy(() -> DataPaths.book(Optional.of("bad\u0000name.db"), Map.of(), "Linux", HOME))
                .isInstanceOf(BookPlace.PlaceRefusedException.class)
                .hasMessageContaining("not a file name this system accepts");
    }

    private static BookPlace file(String path) {
        return new BookPlace.File(Path.of(path));
    }

    @Test
    void preferencesLiveInTheDataFolder() {
        assertThat(DataPaths.preferences(Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/podium/preferences.properties"));
    }
}
