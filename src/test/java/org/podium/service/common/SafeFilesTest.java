package org.podium.service.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
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
                .isInstanceOf(FileWriteException.class).hasMessageContaining("does not exist");
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    @Test
    void aRefusalIsSaidInItalianForTheWindowAndInEnglishAsBefore() throws IOException {
        Path missing = dir.resolve("nowhere").resolve("out.csv");
        FileWriteException folder = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> files().write(missing, out -> out.write(1)), FileWriteException.class);
        assertThat(folder.getMessage()).isEqualTo("Cannot write " + missing + ": the folder " + missing.getParent()
                + " does not exist");
        assertThat(folder.phrase().orElseThrow().in(java.util.Locale.ITALIAN)).isEqualTo("Impossibile scrivere "
                + missing + ": la cartella " + missing.getParent() + " non esiste");

        Path book = dir.resolve("podium.db");
        Files.writeString(book, "");
        FileWriteException own = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> files().write(book, out -> out.write(1)), FileWriteException.class);
        assertThat(own.getMessage()).isEqualTo("Cannot write " + book + ": it is the book itself (" + book + ")."
                + " Choose another file; nothing was written.");
        assertThat(own.phrase().orElseThrow().in(java.util.Locale.ITALIAN)).isEqualTo("Impossibile scrivere " + book
                + ": è l’archivio stesso (" + book + "). Scegli un altro file; non è stato scritto nulla.");
    }

    @Test
    void aPipeIsWrittenToAndStaysAPipe() throws Exception {
        Path pipe = Fifos.make(dir.resolve("to-the-mailer"));
        CompletableFuture<byte[]> read = Fifos.read(pipe);

        Path written = files().write(pipe, out -> out.write("a,b\r\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(written).isEqualTo(pipe);
        assertThat(Fifos.isFifo(pipe)).as("never renamed over").isTrue();
        assertThat(read.get()).isEqualTo("a,b\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(names()).containsExactly("to-the-mailer");
    }

    @Test
    void aCharacterDeviceIsWrittenToThroughALinkThatStaysALink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("discard.csv"), Path.of("/dev/null"));
        files().write(link, out -> out.write(new byte[100_000]));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat((Integer) Files.getAttribute(Path.of("/dev/null"), "unix:mode") & 0170000).isEqualTo(0020000);
        assertThat(names()).containsExactly("discard.csv");
    }

    @Test
    void aLinkToARegularFileStaysALinkAndItsFileGetsTheContent() throws IOException {
        Path real = Files.writeString(Files.createDirectories(dir.resolve("shared")).resolve("list.csv"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("list.csv"), real);
        files().write(link, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new\n");
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws IOException {
        for (String permissions : List.of("rw-------", "rw-r-----", "rwxrwxrwx")) {
            Path file = Files.writeString(dir.resolve(permissions + ".csv"), "old\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
            files().write(file, out -> out.write("new\n".getBytes(StandardCharsets.UTF_8)));
            assertThat(Files.readString(file)).isEqualTo("new\n");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(permissions);
        }
    }

    @Test
    void aReadOnlyFileIsRefusedAndLeftAsItWas() throws IOException {
        Path file = Files.writeString(dir.resolve("signed-off.csv"), "keep me\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        assertThatThrownBy(() -> files().write(file, out -> out.write(1))).isInstanceOf(FileWriteException.class)
                .hasMessageStartingWith("Cannot write " + file + ": the file is read-only");
        assertThatThrownBy(() -> files().check(file)).isInstanceOf(FileWriteException.class);
        assertThat(Files.readString(file)).isEqualTo("keep me\n");
        assertThat(names()).containsExactly("signed-off.csv");
    }

    @Test
    void aSocketIsRefused() throws IOException {
        Path socket = dir.resolve("mailer.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            assertThatThrownBy(() -> files().write(socket, out -> out.write(1))).isInstanceOf(FileWriteException.class)
                    .hasMessage("Cannot write " + socket + ": it is a socket; Podium writes files, character devices"
                            + " and pipes");
            assertThat(Files.isRegularFile(socket)).isFalse();
        }
    }

    @Test
    void staleTemporaryFilesOfPodiumsNamingAreRemovedAndEverythingElseIsKept() throws IOException {
        FileTime hoursAgo = FileTime.from(Instant.now().minus(Duration.ofHours(2)));
        Path stale = Files.writeString(dir.resolve(".registrants.csv.3f9a0c1d2e4b5a67.tmp"), "killed export");
        Path staleBackup = Files.writeString(dir.resolve(".usb.db.a1.tmp"), "killed backup");
        Path fresh = Files.writeString(dir.resolve(".registrants.csv.0123456789abcdef.tmp"), "running export");
        Path notHex = Files.writeString(dir.resolve(".registrants.csv.draft.tmp"), "someone else's");
        Path notHidden = Files.writeString(dir.resolve("registrants.csv.3f9a0c1d2e4b5a67.tmp"), "someone else's");
        Path upperCase = Files.writeString(dir.resolve(".registrants.csv.3F9A.tmp"), "someone else's");
        Path folder = Files.createDirectory(dir.resolve(".photos.abc.tmp"));
        for (Path old : List.of(stale, staleBackup, notHex, notHidden, upperCase, folder)) {
            Files.setLastModifiedTime(old, hoursAgo);
        }

        files().write(dir.resolve("other.ics"), out -> out.write('x'));

        assertThat(names()).containsExactly(".photos.abc.tmp", ".registrants.csv.0123456789abcdef.tmp",
                ".registrants.csv.3F9A.tmp", ".registrants.csv.draft.tmp", "other.ics",
                "registrants.csv.3f9a0c1d2e4b5a67.tmp");
        assertThat(fresh).hasContent("running export");
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
