package org.podium.app;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PodiumTest {
    @Test
    void noArgumentsOrOnlyABookOpenTheWindowStraightAway() {
        assertThat(Podium.windowOnly()).contains(Optional.empty());
        assertThat(Podium.windowOnly("--db", "work.db")).contains(Optional.of(Path.of("work.db")));
        assertThat(Podium.windowOnly("--db=work.db")).contains(Optional.of(Path.of("work.db")));
    }

    @Test
    void anythingElseIsLeftToTheCommandLine() {
        assertThat(Podium.windowOnly("--version")).isEmpty();
        assertThat(Podium.windowOnly("--db", "work.db", "events", "list")).isEmpty();
        assertThat(Podium.windowOnly("--db")).isEmpty();
        assertThat(Podium.windowOnly("--db", "--help")).isEmpty();
        assertThat(Podium.windowOnly("--db=")).isEmpty();
        assertThat(Podium.windowOnly("events")).isEmpty();
    }
}
