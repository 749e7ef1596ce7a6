package org.podium.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AddressLinesTest {
    @Test
    void behavesLikeAMapOfLinesThroughManyGrowths() {
        AddressLines lines = new AddressLines();
        Map<String, Long> expected = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 300_000; i++) {
            String key = "user" + random.nextInt(200_000) + "@exämple.org";
            long line = i + 2;
            Long before = expected.putIfAbsent(key, line);
            assertThat(lines.putIfAbsent(key, line)).isEqualTo(before == null ? -1 : before);
        }
        assertThat(lines.size()).isEqualTo(expected.size());
        expected.forEach((key, line) -> assertThat(lines.get(key)).isEqualTo(line));
        assertThat(lines.get("nobody@x.org")).isEqualTo(-1);
        assertThat(lines.replace("nobody@x.org", 5)).isFalse();
        String some = expected.keySet().iterator().next();
        assertThat(lines.replace(some, 7)).isTrue();
        assertThat(lines.get(some)).isEqualTo(7);
    }
}
