package org.podium.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is replaced whole or not at all, keeps its permissions, and leaves no staging file behind. */
class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void writesANewFileAndReplacesAnOldOne() throws IOException {
        Path file = dir.resolve("notes.txt");
        AtomicFile.write(file, out -> out.write("first".getBytes(StandardCharsets.UTF_8)));
        AtomicFile.write(file, out -> out.write("second".getBytes(StandardCharsets.UTF_8)));

        assertThat(file).hasContent("second");
        assertThat(names()).containsExactly("notes.txt");
    }

    @Test
    void aFailingContentLeavesTheOldFileAndNoStagingFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "kept");

        assertThatThrownBy(() -> AtomicFile.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("the disk went away");
        })).hasMessage("the disk went away");
        assertThatThrownBy(() -> AtomicFile.writeWhole(file, temp -> {
            Files.writeString(temp, "half");
            throw new IllegalStateException("cancelled");
        })).hasMessage("cancelled");

        assertThat(file).hasContent("kept");
        assertThat(names()).containsExactly("notes.txt");
    }

    @Test
    void aReplacedPrivateFileStaysPrivate() throws IOException {
        Path file = Files.writeString(dir.resolve("private.txt"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        AtomicFile.writeWhole(file, temp -> Files.writeString(temp, "new"));

        assertThat(file).hasContent("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aRelativeNameIsWrittenInTheWorkingFolder() throws IOException {
        Path relative = Path.of("target", "atomic-file-test-" + ProcessHandle.current().pid() + ".txt");
        try {
            AtomicFile.write(relative, out -> out.write('x'));
            assertThat(relative).hasContent("x");
        } finally {
            Files.deleteIfExists(relative);
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
