package org.podium.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where Podium keeps its files: the data folder of the platform's convention, the default
 * book inside it, and the preferences beside the book.
 */
public final class DataPaths {
    static final String BOOK_FILE = "podium.db";
    static final String PREFERENCES_FILE = "preferences.properties";

    private DataPaths() {
    }

    /**
     * The book to open: {@code --db}, else {@code PODIUM_DB}, else the data folder's book. Either
     * may name a file or a team book ({@code postgresql://[user@]host[:port]/database}), whose
     * user is {@code PGUSER}, else the system's user, when the address names none.
     */
    public static BookPlace book(Optional<String> option, Map<String, String> env, String osName, Path home) {
        String user = env.getOrDefault("PGUSER", System.getProperty("user.name", ""));
        if (option.isPresent()) {
            return BookPlace.of("--db", option.get(), user);
        }
        String fromEnv = env.get("PODIUM_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return BookPlace.of("PODIUM_DB", fromEnv, user);
        }
        return new BookPlace.File(dataFolder(env, osName, home).resolve(BOOK_FILE));
    }

    /**
     * The user's data folder: {@code %APPDATA%\Podium} on Windows,
     * {@code ~/Library/Application Support/Podium} on macOS, and
     * {@code $XDG_DATA_HOME/podium} or {@code ~/.local/share/podium} elsewhere.
     */
    public static Path dataFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData);
            return base.resolve("Podium");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Podium");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("podium");
        }
        return home.resolve(".local").resolve("share").resolve("podium");
    }

    /**
     * The user's cache folder, for what can be made again at any time: {@code %LOCALAPPDATA%\Podium\Cache}
     * on Windows, {@code ~/Library/Caches/Podium} on macOS, and {@code $XDG_CACHE_HOME/podium} or
     * {@code ~/.cache/podium} elsewhere.
     */
    public static Path cacheFolder(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("Podium").resolve("Cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Podium");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("podium");
        }
        return home.resolve(".cache").resolve("podium");
    }

    /** The preferences file, kept in the user's data folder whichever book is open. */
    public static Path preferences(Map<String, String> env, String osName, Path home) {
        return dataFolder(env, osName, home).resolve(PREFERENCES_FILE);
    }

    /** The paths of this process: its environment, operating system and home folder. */
    static BookPlace bookForThisProcess(Optional<String> option) {
        return book(option, System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    static Path dataFolderForThisProcess() {
        return dataFolder(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    static Path cacheFolderForThisProcess() {
        return cacheFolder(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }

    static Path preferencesForThisProcess() {
        return preferences(System.getenv(), System.getProperty("os.name"), Path.of(System.getProperty("user.home")));
    }
}
