package org.podium.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.podium.files.AtomicFile;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * Keeps one copy of the SQLite driver's native library in a cache folder and points the
 * driver at it. Left to itself the driver unpacks its 1 MB library into the temporary folder
 * and checks it at every start, about 0.15 s of every window and every command.
 */
public final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    /** The driver's name of a platform, such as Linux/x86_64: its folder in the driver's jar. */
    private static final Pattern PLATFORM = Pattern.compile("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+");

    private SqliteNativeLibrary() {
    }

    /**
     * Uses the copy in {@code cacheFolder} (one folder per driver version and platform), making
     * it first if it is missing or not the driver's own size. Returns the folder used, or empty
     * when the copy cannot be made (a read-only home, a platform without a bundled library): the
     * driver then unpacks its library as it always does, so a start is never refused for it.
     * A library path the user set is left alone.
     */
    public static Optional<Path> useCacheIn(Path cacheFolder) {
        return useCacheIn(cacheFolder, OSInfo::getNativeLibFolderPathForCurrentOS);
    }

    /**
     * As {@link #useCacheIn(Path)}, with the driver's way of finding the platform, which on Linux
     * starts `uname` and reads /proc (about 30 ms). It is asked once: the answer is kept in the
     * cache, under Java's own name for the platform, which costs nothing to know.
     */
    static Optional<Path> useCacheIn(Path cacheFolder, Supplier<String> platformOfDriver) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return Optional.empty();
        }
        String name = System.mapLibraryName("sqlitejdbc");
        Path versionFolder = cacheFolder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
        Path platformFile = versionFolder.resolve(("platform-" + System.getProperty("os.name") + "-"
                + System.getProperty("os.arch")).replaceAll("[^A-Za-z0-9_.-]", "_"));
        Optional<String> known = knownPlatform(platformFile, name);
        String platform = known.orElseGet(platformOfDriver);
        String resource = "/org/sqlite/native/" + platform + "/" + name;
        Path folder = versionFolder.resolve(platform);
        try {
            if (!copied(resource, folder.resolve(name))) {
                return Optional.empty();
            }
            if (known.isEmpty()) {
                write(platformFile, part -> Files.writeString(part, platform));
            }
        } catch (IOException e) {
            // Only a shortcut is lost: the driver's own unpacking still works.
            return Optional.empty();
        }
        System.setProperty(PATH_PROPERTY, folder.toString());
        System.setProperty(NAME_PROPERTY, name);
        return Optional.of(folder);
    }

    /** The platform an earlier start found, if it is kept and the driver has a library for it. */
    private static Optional<String> knownPlatform(Path platformFile, String name) {
        try {
            String platform = Files.readString(platformFile).strip();
            if (PLATFORM.matcher(platform).matches()
                    && SqliteNativeLibrary.class.getResource("/org/sqlite/native/" + platform + "/" + name) != null) {
                return Optional.of(platform);
            }
        } catch (IOException | RuntimeException e) {
            // Not kept yet, or not readable: the driver is asked.
        }
        return Optional.empty();
    }

    /** Whether {@code target} holds the library, copying it there if not. */
    private static boolean copied(String resource, Path target) throws IOException {
        URL url = SqliteNativeLibrary.class.getResource(resource);
        if (url == null) {
            return false;
        }
        // A cached copy of another size is a copy cut short or of another build: it is replaced.
        long expected = url.openConnection().getContentLengthLong();
        if (expected > 0 && Files.isRegularFile(target) && Files.size(target) == expected) {
            return true;
        }
        write(target, part -> {
            try (InputStream in = url.openStream()) {
                long size = Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                if (size != expected) {
                    throw new IOException("the driver's library " + resource + " read as " + size + " bytes, not " + expected);
                }
            }
        });
        return true;
    }

    /** Writes a file of the cache whole or not at all, in its folder, made when missing. */
    private static void write(Path target, AtomicFile.Staging staging) throws IOException {
        Files.createDirectories(target.getParent());
        AtomicFile.writeWhole(target, staging);
    }
}
