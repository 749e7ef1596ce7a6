package org.podium.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
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

    @Test
    void aTeamBookExitsOneSayingItIsNotYetAvailableAndCreatesNoFile() {
        for (String[] args : new String[][] {{"--db", "postgresql://ana@db.example.org/podium", "events", "list"},
            {"--db", "postgresql://ana@db.example.org/podium"}}) {
            StringWriter err = new StringWriter();

            int code = new Podium(Clock.systemUTC()).run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);

            assertThat(code).isEqualTo(1);
            assertThat(err.toString()).contains("postgresql://ana@db.example.org/podium")
                    .contains("not yet available on a team book").doesNotContain("Exception");
            assertThat(Path.of("postgresql:")).doesNotExist();
        }
    }
}
