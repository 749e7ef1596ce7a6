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
        assertThat(Podium.windowOnly("--db", "work.db")).contains(Optional.of("work.db"));
        assertThat(Podium.windowOnly("--db=work.db")).contains(Optional.of("work.db"));
        assertThat(Podium.windowOnly("--db", "postgresql://ana@db/podium")).contains(Optional.of("postgresql://ana@db/podium"));
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
    void aTeamBookOnAServerThatCannotBeReachedExitsOneNamingHostAndPortAndCreatesNoFile() {
        for (String[] args : new String[][] {{"--db", "postgresql://ana@127.0.0.1:1/podium", "events", "list"},
            {"--db", "postgresql://ana@127.0.0.1:1/podium", "--version"}}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();

            int code = new Podium(Clock.systemUTC()).run(new PrintWriter(out), new PrintWriter(err), args);

            if (args[2].equals("events")) {
                assertThat(code).isEqualTo(1);
                assertThat(err.toString()).startsWith("podium: ").contains("127.0.0.1:1").doesNotContain("Exception")
                        .doesNotContain("\tat ");
            } else {
                assertThat(code).isZero();
                assertThat(out.toString()).contains("Book format").contains("Team book server not reached: Cannot reach")
                        .contains("127.0.0.1:1");
            }
            assertThat(Path.of("postgresql:")).doesNotExist();
        }
    }
}
