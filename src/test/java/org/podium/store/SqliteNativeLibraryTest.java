package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.sqlite.util.OSInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The native library is copied once into the cache, reused while it is whole, and replaced when it is not. */
class SqliteNativeLibraryTest {
    @TempDir
    Path cache;
    private String path;
    private String name;

    @BeforeEach
    void forgetTheDriversSettings() {
        path = System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
        name = System.clearProperty(SqliteNativeLibrary.NAME_PROPERTY);
    }

    @AfterEach
    void restoreThem() {
        restore(SqliteNativeLibrary.PATH_PROPERTY, path);
        restore(SqliteNativeLibrary.NAME_PROPERTY, name);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private Path library(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".part")).findFirst().orElseThrow();
        }
    }

    @Test
    void theLibraryIsCopiedOnceAndTheDriverPointedAtIt() throws Exception {
        Optional<Path> folder = SqliteNativeLibrary.useCacheIn(cache);

        assertThat(folder).isPresent();
        assertThat(folder.get()).startsWith(cache);
        assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo(folder.get().toString());
        Path lib = library(folder.get());
        assertThat(lib.getFileName().toString()).isEqualTo(System.getProperty(SqliteNativeLibrary.NAME_PROPERTY));
        long size = Files.size(lib);
        assertThat(size).isGreaterThan(100_000);
        try (Stream<Path> files = Files.list(folder.get())) {
            assertThat(files).as("no half-written copy is left").hasSize(1);
        }

        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(lib, old);
        System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
        assertThat(SqliteNativeLibrary.useCacheIn(cache)).isEqualTo(folder);
        assertThat(Files.getLastModifiedTime(lib)).as("a whole copy is used as it is").isEqualTo(old);

        Files.write(lib, new byte[] {1, 2, 3});
        System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
        assertThat(SqliteNativeLibrary.useCacheIn(cache)).isEqualTo(folder);
        assertThat(Files.size(lib)).as("a copy cut short is replaced").isEqualTo(size);
    }

    @Test
    void theDriverIsAskedForThePlatformOnlyUntilItsAnswerIsKept() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        Supplier<String> driver = () -> {
            asked.incrementAndGet();
            return OSInfo.getNativeLibFolderPathForCurrentOS();
        };

        Optional<Path> first = SqliteNativeLibrary.useCacheIn(cache, driver);
        System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
        Optional<Path> second = SqliteNativeLibrary.useCacheIn(cache, driver);

        assertThat(first).isPresent();
        assertThat(second).isEqualTo(first);
        assertThat(asked).as("the second start reads the kept answer").hasValue(1);

        Path kept;
        try (Stream<Path> files = Files.list(first.get().getParent().getParent())) {
            kept = files.filter(f -> f.getFileName().toString().startsWith("platform-")).findFirst().orElseThrow();
        }
        for (String garbled : new String[] {"../../elsewhere", "Nowhere/none", ""}) {
            Files.writeString(kept, garbled);
            System.clearProperty(SqliteNativeLibrary.PATH_PROPERTY);
            assertThat(SqliteNativeLibrary.useCacheIn(cache, driver)).as(garbled).isEqualTo(first);
        }
        assertThat(asked).as("a kept answer that names no library of the driver is not believed").hasValue(4);
        assertThat(Files.readString(kept)).isEqualTo(OSInfo.getNativeLibFolderPathForCurrentOS());
    }

    @Test
    void aLibraryPathTheUserSetIsLeftAlone() {
        System.setProperty(SqliteNativeLibrary.PATH_PROPERTY, "/opt/own-sqlite");

        assertThat(SqliteNativeLibrary.useCacheIn(cache)).isEmpty();
        assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isEqualTo("/opt/own-sqlite");
        assertThat(cache).isEmptyDirectory();
    }

    @Test
    void aCacheThatCannotBeWrittenLeavesTheDriverToItself() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "in the way");

        assertThat(SqliteNativeLibrary.useCacheIn(notAFolder)).isEmpty();
        assertThat(System.getProperty(SqliteNativeLibrary.PATH_PROPERTY)).isNull();
    }
}
