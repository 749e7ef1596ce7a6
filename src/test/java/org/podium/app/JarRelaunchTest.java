package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code java -jar podium.jar COMMAND} runs the command with the installed command line's Java options. */
class JarRelaunchTest {
    private static final long LARGE_HEAP = 5L << 30;

    @Test
    void theOptionsAreTheLaunchersLessItsArchive() {
        assertThat(JarRelaunch.options()).containsExactly("-XX:+UseSerialGC", "-Xmx192m");
    }

    @Test
    void aCommandStartedFromTheJarWithALargeHeapRunsAgainWithThoseOptions() {
        String[] args = {"--db", "b.db", "registrants", "import", "--event", "1", "-"};
        List<String> again = JarRelaunch.command(args, "target/podium.jar", "target/podium.jar --db b.db", LARGE_HEAP,
                false).orElseThrow();
        assertThat(again).containsSubsequence("-XX:+UseSerialGC", "-Xmx192m", "-Dpodium.relaunched=true", "-jar",
                "target/podium.jar", "--db", "b.db", "registrants", "import", "--event", "1", "-");
        assertThat(again.get(0)).endsWith("/bin/java");
    }

    @Test
    void theLauncherTheWindowTestsAndTheSecondRunStayInTheirJvm() {
        String[] command = {"events", "list"};
        assertThat(JarRelaunch.command(new String[0], "podium.jar", "podium.jar", LARGE_HEAP, false)).isEmpty();
        assertThat(JarRelaunch.command(command, "podium.jar", "podium.jar events list", 192L << 20, false)).isEmpty();
        assertThat(JarRelaunch.command(command, "podium.jar", "podium.jar events list", LARGE_HEAP, true)).isEmpty();
        assertThat(JarRelaunch.command(command, "classes:lib/a.jar", "org.podium.Main events list", LARGE_HEAP,
                false)).isEmpty();
    }
}
