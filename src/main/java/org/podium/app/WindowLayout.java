package org.podium.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import javafx.beans.InvalidationListener;
import org.podium.ui.events.EventListViewModel;

/**
 * The window's layout from one session to the next: how much of the width the event list
 * takes and whether it is folded away. Kept in its own small file beside the preferences, so
 * a drag of the divider never rewrites the user's settings.
 */
final class WindowLayout {
    static final String FILE = "layout.properties";
    private static final String SHARE = "eventList.share";
    private static final String FOLDED = "eventList.folded";

    private WindowLayout() {
    }

    /** Gives the list the remembered layout, and remembers every change the user makes to it. */
    static void keep(EventListViewModel events, Path file) {
        Properties p = read(file);
        try {
            double share = Double.parseDouble(p.getProperty(SHARE, ""));
            if (share >= 0.1 && share <= 0.9) {
                events.listShareProperty().set(share);
            }
        } catch (NumberFormatException e) {
            // Nothing remembered yet, or not a number: the default width stands.
        }
        events.listFoldedProperty().set(Boolean.parseBoolean(p.getProperty(FOLDED, "false")));
        InvalidationListener save = o -> write(file, events);
        events.listShareProperty().addListener(save);
        events.listFoldedProperty().addListener(save);
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // An unreadable layout is only a layout: the defaults stand.
                p.clear();
            }
        }
        return p;
    }

    private static void write(Path file, EventListViewModel events) {
        Properties p = new Properties();
        p.setProperty(SHARE, String.valueOf(events.listShareProperty().get()));
        p.setProperty(FOLDED, String.valueOf(events.listFoldedProperty().get()));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Podium window layout");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
