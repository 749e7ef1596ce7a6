package org.podium.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backups folder beside a book and the names of the copies in it:
 * {@code podium-2026-11-23-daily.db}, {@code podium-2026-11-23T17-45-03-pre-migration-v2.db}
 * (the copy holds schema 2, taken before upgrading it) and
 * {@code podium-2026-11-23T17-45-03-pre-restore.db}; the prefix is the book's own file name.
 */
public final class Backups {
    /** Why a copy was taken. */
    public enum Kind {
        DAILY, PRE_MIGRATION, PRE_RESTORE
    }

    /** One copy in the folder. */
    public record Entry(Path file, Kind kind, LocalDateTime taken, long bytes) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");
    private static final String FOLDER = "backups";

    private final Path folder;
    private final String prefix;
    private final Pattern names;

    public Backups(Path book) {
        Path file = book.toAbsolutePath().normalize();
        this.folder = file.resolveSibling(FOLDER);
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.prefix = dot > 0 ? name.substring(0, dot) : name;
        this.names = Pattern.compile(Pattern.quote(prefix) + "-(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{2}-\\d{2}-\\d{2}))?"
                + "-(daily|pre-migration-v\\d+|pre-restore)(?:-\\d+)?\\.db");
    }

    public Path folder() {
        return folder;
    }

    public Path dailyFile(LocalDate day) {
        return folder.resolve(prefix + "-" + DAY.format(day) + "-daily.db");
    }

    public Path preMigrationFile(LocalDateTime when, int heldVersion) {
        return unique(prefix + "-" + MOMENT.format(when) + "-pre-migration-v" + heldVersion);
    }

    public Path preRestoreFile(LocalDateTime when) {
        return unique(prefix + "-" + MOMENT.format(when) + "-pre-restore");
    }

    // Two copies in the same second (a restore undone at once) must not overwrite each other.
    private Path unique(String stem) {
        Path candidate = folder.resolve(stem + ".db");
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = folder.resolve(stem + "-" + n + ".db");
        }
        return candidate;
    }

    /** Every copy of this book in the folder, newest first; other files are ignored. */
    public List<Entry> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                parse(file).ifPresent(entries::add);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list the backups in " + folder + ": " + BookCopy.reason(e), e);
        }
        entries.sort(Comparator.comparing(Entry::taken).reversed().thenComparing(e -> e.file().getFileName()));
        return entries;
    }

    private Optional<Entry> parse(Path file) {
        Matcher m = names.matcher(file.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        LocalDate day = LocalDate.parse(m.group(1), DAY);
        LocalDateTime taken = m.group(2) == null ? day.atStartOfDay()
                : day.atTime(LocalTime.parse(m.group(2).replace('-', ':')));
        Kind kind = m.group(3).equals("daily") ? Kind.DAILY
                : m.group(3).equals("pre-restore") ? Kind.PRE_RESTORE : Kind.PRE_MIGRATION;
        try {
            return Optional.of(new Entry(file, kind, taken, Files.size(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Deletes the daily copies beyond the newest {@code keep}; the others are never pruned. */
    public List<Path> pruneDaily(int keep) {
        List<Path> deleted = new ArrayList<>();
        List<Entry> daily = list().stream().filter(e -> e.kind() == Kind.DAILY).toList();
        for (Entry old : daily.subList(Math.min(keep, daily.size()), daily.size())) {
            try {
                Files.deleteIfExists(old.file());
                deleted.add(old.file());
            } catch (IOException e) {
                throw new StoreException("Cannot delete the old backup " + old.file() + ": " + BookCopy.reason(e), e);
            }
        }
        return deleted;
    }
}
