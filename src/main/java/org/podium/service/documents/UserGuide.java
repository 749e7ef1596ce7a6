package org.podium.service.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

/**
 * The user guide bundled in the jar (HTML with inline illustrations, English and Italian),
 * copied to a folder so the system browser can open it offline: a browser cannot read a page
 * from inside a jar.
 */
public final class UserGuide {
    private static final String ROOT = "/org/podium/guide/";
    private static final List<String> FILES = List.of("guide.css", "window.svg", "en/index.html", "it/index.html");

    private UserGuide() {
    }

    /** Copies the guide into {@code folder} (replacing an older copy) and returns the page in the language. */
    public static Path unpack(Path folder, Locale language) {
        try {
            for (String name : FILES) {
                Path target = folder.resolve(name);
                Files.createDirectories(target.getParent());
                try (InputStream in = UserGuide.class.getResourceAsStream(ROOT + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the user guide's " + name + " is missing from the build");
                    }
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The user guide could not be copied to " + folder + ": " + e.getMessage(), e);
        }
        return folder.resolve("it".equals(language.getLanguage()) ? "it/index.html" : "en/index.html");
    }

    /** Unpacks into a fresh temporary folder, as Help → User guide does. */
    public static Path unpackToTemp(Locale language) {
        try {
            return unpack(Files.createTempDirectory("podium-guide-"), language);
        } catch (IOException e) {
            throw new UncheckedIOException("No temporary folder for the user guide: " + e.getMessage(), e);
        }
    }
}
