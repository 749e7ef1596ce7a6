package org.podium.service.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.podium.files.AtomicFile;

/**
 * The user's preferences, kept beside the book in the data folder: interface language,
 * light or dark theme, the audience's time zones shown next to an event's start, and the
 * zone of the event last saved ({@code lastZone}, null until one was), which a new event
 * starts in: a coordinator in Rome scheduling for Brussels keeps scheduling for Brussels. The
 * team books opened last ({@code recentTeamBooks}, newest first) are kept as addresses, never
 * with a password, so a coordinator picks one instead of typing it again.
 */
public record Preferences(Language language, Theme theme, List<ZoneId> audienceZones, ZoneId lastZone,
                          List<String> recentTeamBooks) {
    /** How many recent team books the list keeps. */
    public static final int RECENT_TEAM_BOOKS = 8;
    public static final List<ZoneId> DEFAULT_ZONES = List.of(ZoneId.of("Europe/Brussels"),
            ZoneId.of("Europe/London"), ZoneId.of("America/New_York"), ZoneId.of("Africa/Nairobi"));

    /** The interface language: the system's, or one chosen. */
    public enum Language {
        SYSTEM, ENGLISH, ITALIAN;

        /** The locale to use given the system's; anything but Italian falls back to English. */
        public Locale locale(Locale system) {
            return switch (this) {
                case ENGLISH -> Locale.ENGLISH;
                case ITALIAN -> Locale.ITALIAN;
                case SYSTEM -> "it".equals(system.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH;
            };
        }
    }

    /** Light or dark theme. */
    public enum Theme {
        LIGHT, DARK
    }

    public Preferences {
        audienceZones = List.copyOf(audienceZones);
        recentTeamBooks = List.copyOf(recentTeamBooks);
    }

    public Preferences(Language language, Theme theme, List<ZoneId> audienceZones, ZoneId lastZone) {
        this(language, theme, audienceZones, lastZone, List.of());
    }

    public static Preferences defaults() {
        return new Preferences(Language.SYSTEM, Theme.LIGHT, DEFAULT_ZONES, null);
    }

    /** Reads the file, falling back to defaults for anything missing or unreadable. */
    public static Preferences load(Path file) {
        if (!Files.exists(file)) {
            return defaults();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return defaults();
        }
        return new Preferences(parse(Language.class, p.getProperty("language"), Language.SYSTEM),
                parse(Theme.class, p.getProperty("theme"), Theme.LIGHT), zones(p.getProperty("audienceZones")),
                zone(p.getProperty("lastZone")), recent(p));
    }

    /** Writes the file whole or not at all ({@link AtomicFile}), so a crash never leaves half of it. */
    public void save(Path file) {
        Properties p = new Properties();
        p.setProperty("language", language.name());
        p.setProperty("theme", theme.name());
        p.setProperty("audienceZones", String.join(",", audienceZones.stream().map(ZoneId::getId).toList()));
        if (lastZone != null) {
            p.setProperty("lastZone", lastZone.getId());
        }
        for (int i = 0; i < recentTeamBooks.size(); i++) {
            p.setProperty("recentTeamBook." + (i + 1), recentTeamBooks.get(i));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFile.write(file, out -> {
                Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                p.store(text, "Podium preferences");
                text.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save preferences to " + file + ": " + e.getMessage(), e);
        }
    }

    public Preferences withLanguage(Language value) {
        return new Preferences(value, theme, audienceZones, lastZone, recentTeamBooks);
    }

    public Preferences withTheme(Theme value) {
        return new Preferences(language, value, audienceZones, lastZone, recentTeamBooks);
    }

    public Preferences withAudienceZones(List<ZoneId> value) {
        return new Preferences(language, theme, value, lastZone, recentTeamBooks);
    }

    public Preferences withLastZone(ZoneId value) {
        return new Preferences(language, theme, audienceZones, value, recentTeamBooks);
    }

    /** With {@code address} first among the recent team books, once, the oldest dropped past the limit. */
    public Preferences withRecentTeamBook(String address) {
        List<String> recent = new ArrayList<>(List.of(address));
        recentTeamBooks.stream().filter(a -> !a.equals(address)).limit(RECENT_TEAM_BOOKS - 1).forEach(recent::add);
        return new Preferences(language, theme, audienceZones, lastZone, recent);
    }

    private static List<String> recent(Properties p) {
        List<String> recent = new ArrayList<>();
        for (int i = 1; i <= RECENT_TEAM_BOOKS; i++) {
            String address = p.getProperty("recentTeamBook." + i);
            if (address != null && !address.isBlank()) {
                recent.add(address.strip());
            }
        }
        return recent;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        try {
            return value == null ? fallback : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static ZoneId zone(String value) {
        try {
            return value == null || value.isBlank() ? null : ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static List<ZoneId> zones(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_ZONES;
        }
        List<ZoneId> result = new ArrayList<>();
        for (String id : value.split(",")) {
            try {
                result.add(ZoneId.of(id.strip()));
            } catch (DateTimeException e) {
                // An unknown zone (renamed in a newer tz database) is dropped rather than fatal.
            }
        }
        return result.isEmpty() ? DEFAULT_ZONES : result;
    }
}
