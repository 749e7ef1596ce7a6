package org.podium.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {
    @TempDir
    Path dir;

    /** Some 20 MB in writes of every size, single bytes among them: more than two strides of the write-behind. */
    private static byte[] large() {
        byte[] bytes = new byte[20 * 1024 * 1024 + 17];
        new Random(3).nextBytes(bytes);
        return bytes;
    }

    @Test
    void aLargeFileArrivesByteForByteWithNothingLeftBeside() throws IOException {
        byte[] bytes = large();
        Path file = dir.resolve("registrants.csv");
        Files.writeString(file, "the earlier export\n");
        Random sizes = new Random(5);
        Path written = files().write(file, out -> {
            int at = 0;
            while (at < bytes.length) {
                if (sizes.nextInt(10) == 0) {
                    out.write(bytes[at++]);
                } else {
                    int n = Math.min(bytes.length - at, 1 + sizes.nextInt(3 << 20));
                    out.write(bytes, at, n);
                    at += n;
                }
            }
        });
        assertThat(written).isEqualTo(file.toAbsolutePath().normalize());
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(names()).containsExactly("registrants.csv");
    }

    @Test
    void aFailureAfterPartOfALargeFileWasForcedLeavesTheEarlierFileAndNoTemporaryOne() throws IOException {
        byte[] bytes = large();
        Path file = dir.resolve("registrants.csv");
        Files.writeString(file, "the earlier export\n");
        assertThatThrownBy(() -> files().write(file, out -> {
            out.write(bytes, 0, bytes.length - 1);
            throw new IllegalStateException("the book went away");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the book went away");
        assertThat(Files.readString(file)).isEqualTo("the earlier export\n");
        assertThat(names()).containsExactly("registrants.csv");
    }

    @Test
    void aSmallFileIsWrittenWhole() throws IOException {
        Path file = dir.resolve("one.ics");
        files().write(file, out -> out.write("BEGIN:VCALENDAR\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("BEGIN:VCALENDAR\r\n");
        assertThat(names()).containsExactly("one.ics");
    }

    @Test
    void aMissingFolderIsNamedAndNothingIsWritten() {
        Path file = dir.resolve("nowhere").resolve("out.csv");
        assertThatThrownBy(() -> files().write(file, out -> out.write(1)))
                .isInstanceOf(ExportException.class).hasMessageContaining("does not exist");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    /** The writer of a book in the test's folder (the book itself need not exist for these tests). */
    private SafeFiles files() {
        return SafeFiles.forBook(dir.resolve("podium.db"));
    }

    /** The files in the folder, hidden temporary ones too. */
    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
