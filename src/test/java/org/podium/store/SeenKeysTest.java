package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenKeysTest {
    @Test
    void aNewKeyIsNewAndARepeatGivesTheLineThatFirstGaveIt() {
        SeenKeys seen = new SeenKeys();
        for (int i = 0; i < 200_000; i++) {
            assertThat(seen.putIfAbsent("person" + i + "@example.org", i + 2)).isEqualTo(-1);
        }
        for (int i = 0; i < 200_000; i += 997) {
            assertThat(seen.putIfAbsent("person" + i + "@example.org", 1_000_000)).isEqualTo(i + 2);
        }
        assertThat(seen.putIfAbsent("somebody.else@example.org", 9)).isEqualTo(-1);
    }
}
