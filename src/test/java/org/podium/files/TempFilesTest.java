package org.podium.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only files named as Podium names its staging files are ever cleaned away. */
class TempFilesTest {
    @TempDir
    Path dir;

    private static final FileTime LONG_AGO = FileTime.from(Instant.now().minus(TempFiles.STALE_AFTER.multipliedBy(2)));

    @Test
    void onlyPodiumsOwnNamingCounts() throws IOException {
        List<String> others = List.of(".a.tmp", "a.0f.tmp", ".a.0F.tmp", ".a.0f.tmp.bak", ".a.0123456789abcdef0.tmp");
        for (String name : others) {
            Files.setLastModifiedTime(Files.writeString(dir.resolve(name), "x"), LONG_AGO);
        }
        Files.setLastModifiedTime(Files.writeString(dir.resolve(".a.0f.tmp"), "x"), LONG_AGO);

        assertThat(TempFiles.removeStale(dir)).isOne();
        assertThat(names(dir)).containsExactlyInAnyOrderElementsOf(others);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
