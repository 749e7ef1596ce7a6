package org.podium.app;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartupProbeTest {
    @Test
    void isOnlyOnWhenAskedFor() {
        assertThat(StartupProbe.enabled(Map.of())).isFalse();
        assertThat(StartupProbe.enabled(Map.of("PODIUM_MEASURE_STARTUP", "0"))).isFalse();
        assertThat(StartupProbe.enabled(Map.of("PODIUM_MEASURE_STARTUP", "false"))).isFalse();
        assertThat(StartupProbe.enabled(Map.of("PODIUM_MEASURE_STARTUP", "1"))).isTrue();
    }

    @Test
    void countsFromTheStartOfTheProcess() {
        Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
        assertThat(StartupProbe.sinceProcessStart(start.plusSeconds(3)).toMillis()).isEqualTo(3_000);
    }

    @Test
    void readsCpuTimeFromProcWhereThereIsOne() {
        assertThat(StartupProbe.cpu(" cpu.ms=", "/no/such/stat")).isEmpty();
        if (java.nio.file.Files.exists(java.nio.file.Path.of("/proc/self/stat"))) {
            assertThat(StartupProbe.cpu(" cpu.ms=", "/proc/self/stat")).matches(" cpu\\.ms=\\d+");
        }
    }
}
