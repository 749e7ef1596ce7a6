package org.podium.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
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
        if (System.getProperty(PATH_PROPERTY) != null) {
            return Optional.empty();
        }
        String name = System.mapLibraryName("sqlitejdbc");
        // Asked once: on Linux the driver finds the platform by starting `uname` and reading /proc.
        String platform = OSInfo.getNativeLibFolderPathForCurrentOS();
        String resource = "/org/sqlite/native/" + platform + "/" + name;
        Path folder = cacheFolder.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(platform);
        try {
            if (!copied(resource, folder.resolve(name))) {
                return Optional.empty();
            }
        } catch (IOException e) {
            // Only a shortcut is lost: the driver's own unpacking still works.
            return Optional.empty();
        }
        System.setProperty(PATH_PROPERTY, folder.toString());
        System.setProperty(NAME_PROPERTY, name);
        return Optional.of(folder);
    }

    /** Whether {@code target} holds the library, copying it there (by a temporary name, then a rename) if not. */
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
        Files.createDirectories(target.getParent());
        Path part = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (InputStream in = url.openStream()) {
            long size = Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            if (size != expected) {
                return false;
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
