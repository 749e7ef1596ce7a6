package org.podium.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.podium.files.AtomicFile;
import org.podium.files.TempFiles;
import org.sqlite.SQLiteConfig;

/**
 * Whole-book copies made by SQLite itself: {@code VACUUM INTO} a temporary name (a consistent
 * snapshot even while another connection writes), {@code integrity_check} on the copy, a sync
 * to disk, then a rename, so a copy that carries its final name is always a sound book. The
 * book file is never copied byte by byte while it may be open.
 */
public final class BookCopy {
    /** The tables every Podium book has had since its first schema. */
    static final Set<String> PODIUM_TABLES = Set.of("series", "organisation", "event", "person",
            "panel_seat", "agenda_item", "registration", "suppression");

    private BookCopy() {
    }

    /** Copies the book at {@code book} into {@code target}, replacing any file of that name. */
    public static void copy(Path book, Path target) {
        copy(book, target, CopyProgress.NONE);
    }

    /** As {@link #copy(Path, Path)}, reporting the copy's bytes written of the book's size. */
    public static void copy(Path book, Path target, CopyProgress progress) {
        Path source = book.toAbsolutePath().normalize();
        // A plain connection: when it is the book's last one, closing it tidies the journal away.
        try (Connection c = Connections.open(source)) {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA busy_timeout = " + Database.BUSY_TIMEOUT_MS);
            }
            copy(c, source, target, progress);
        } catch (SQLException e) {
            throw new StoreException("Cannot back up " + source + ": " + e.getMessage(), e);
        }
    }

    /** Copies the open book into its backups folder before a migration changes it. */
    static void beforeMigration(Path book, Connection connection, int version, Clock clock) {
        Path target = new Backups(book).preMigrationFile(LocalDateTime.now(clock), version);
        try {
            copy(connection, book, target, CopyProgress.NONE);
        } catch (StoreException e) {
            throw new BookRefusedException(book, "The book " + book + " needs upgrading, but it could not"
                    + " be backed up first, so it was left untouched: " + e.getMessage(), e);
        }
    }

    private static void copy(Connection from, Path source, Path target, CopyProgress progress) {
        Path finalName = target.toAbsolutePath().normalize();
        Path staged = stage(from, source, finalName, progress);
        try {
            AtomicFile.moveOver(staged, finalName);
        } catch (IOException e) {
            throw new StoreException("Cannot write the backup " + finalName + ": " + reason(e), e);
        } finally {
            TempFiles.discard(staged);
        }
    }

    /** Writes a checked, synced copy under a temporary name beside {@code target} and returns it. */
    private static Path stage(Connection from, Path source, Path target, CopyProgress progress) {
        Path folder = target.getParent();
        Path temp = TempFiles.beside(target);
        try {
            Files.createDirectories(folder);
            TempFiles.removeStale(folder);
            long total = Math.max(1, FileGrowth.sizeOf(source));
            try (PreparedStatement ps = from.prepareStatement("VACUUM INTO ?");
                    FileGrowth watched = FileGrowth.watch(temp, total, progress)) {
                ps.setString(1, temp.toString());
                ps.execute();
            }
            List<String> problems;
            try (Connection copy = readOnly(temp)) {
                problems = problems(copy, "integrity_check");
            }
            if (!problems.isEmpty()) {
                throw new StoreException("The copy of " + source + " failed its integrity check ("
                        + String.join("; ", problems.subList(0, Math.min(3, problems.size())))
                        + "); the book itself may be damaged. Nothing was written to " + target + ".");
            }
            AtomicFile.force(temp);
            progress.update(total, total);
            return temp;
        } catch (SQLException e) {
            TempFiles.discard(temp);
            if (SqliteFailure.diskFull(e)) {
                throw new StoreException("The disk is full: the copy of " + source + " could not be written to "
                        + target + ", and the book was left as it was. Free some space and try again.", e);
            }
            throw new StoreException("Cannot copy " + source + " to " + target + ": " + e.getMessage(), e);
        } catch (IOException e) {
            TempFiles.discard(temp);
            throw new StoreException("Cannot write " + target + ": " + reason(e), e);
        } catch (RuntimeException e) {
            TempFiles.discard(temp);
            throw e;
        }
    }

    /**
     * Checks that {@code candidate} is a sound Podium book this Podium can open, reading it
     * only; a file that is not one is refused with the reason, never modified.
     */
    public static BookFacts inspect(Path candidate) {
        Path file = candidate.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new BookRefusedException(file, file + " does not exist or is not a file.", null);
        }
        try {
            if (SqliteHeader.of(file) != SqliteHeader.Kind.SQLITE) {
                throw new BookRefusedException(file, file + " is not a Podium book (not an SQLite database).", null);
            }
        } catch (IOException e) {
            throw new BookRefusedException(file, file + " cannot be read: " + reason(e) + ".", e);
        }
        try (ReadOnly ro = new ReadOnly(file); Connection c = ro.connection) {
            List<String> problems = problems(c, "integrity_check");
            if (!problems.isEmpty()) {
                throw new BookRefusedException(file, file + " is damaged: SQLite's integrity check found "
                        + problems.size() + " problem(s), the first: " + problems.get(0) + ".", null);
            }
            int version = Database.userVersion(c);
            if (version > Database.SCHEMA_VERSION) {
                throw new BookRefusedException(file, file + " was written by a newer Podium (schema " + version
                        + "; this Podium knows up to " + Database.SCHEMA_VERSION + "). Update Podium first.", null);
            }
            List<String> tables = Sql.list(c, "SELECT name FROM sqlite_schema WHERE type='table'", rs -> rs.getString(1));
            if (version < 1 || !tables.containsAll(PODIUM_TABLES)) {
                throw new BookRefusedException(file, file + " is an SQLite database but not a Podium book"
                        + " (it lacks Podium's tables).", null);
            }
            refuseForeignSchema(file, c, version);
            return new BookFacts(file, version, Files.size(file),
                    Sql.count(c, "SELECT count(*) FROM event"), Sql.count(c, "SELECT count(*) FROM person"),
                    Sql.count(c, "SELECT count(*) FROM registration"));
        } catch (SQLException e) {
            String why = SqliteFailure.damaged(e) ? "is damaged or not an SQLite database" : "cannot be read: " + e.getMessage();
            throw new BookRefusedException(file, file + " " + why + ".", e);
        } catch (IOException e) {
            throw new BookRefusedException(file, file + " cannot be read: " + reason(e) + ".", e);
        }
    }

    /**
     * Refuses a book whose schema is not exactly the one Podium's migrations make for its
     * version: an extra trigger, view, index or table, or one of Podium's changed or missing.
     */
    private static void refuseForeignSchema(Path file, Connection c, int version) throws SQLException {
        if (version < 1 || version > Database.SCHEMA_VERSION) {
            throw new BookRefusedException(file, file + " is not a Podium book this Podium can restore (schema "
                    + version + ").", null);
        }
        java.util.Optional<String> difference = BookSchema.difference(c, version);
        if (difference.isPresent()) {
            throw new BookRefusedException(file, file + " is not a book as Podium makes it: " + difference.get()
                    + ". A book with schema objects from elsewhere is not restored; nothing was changed.", null);
        }
    }

    /**
     * Puts a checked copy of {@code source} in place of the book at {@code book}, whose
     * writer lock the caller holds alone ({@link BookLock#forRestore}): the copy is made and
     * checked beside the book first, then SQLite's backup API writes it into the book's own
     * file in one transaction. The file is never renamed over: a connection some other
     * program still has open sees the restored book, not a file put aside, and a failure at
     * any step leaves the book as it was. A book that is not there (or was moved aside,
     * damaged) is simply replaced by the copy.
     */
    public static void replace(Path book, Path source) {
        replace(book, source, CopyProgress.NONE, CopyProgress.NONE);
    }

    /**
     * As {@link #replace(Path, Path)}, reporting the copy's bytes to {@code staging} and then the
     * bytes of the pages the backup API has written into the book to {@code writing}.
     */
    public static void replace(Path book, Path source, CopyProgress staging, CopyProgress writing) {
        Path target = book.toAbsolutePath().normalize();
        Path from = source.toAbsolutePath().normalize();
        Path staged;
        try (ReadOnly ro = new ReadOnly(from); Connection c = ro.connection) {
            staged = stage(c, from, target, staging);
        } catch (SQLException e) {
            throw new StoreException("Cannot read " + from + ": " + e.getMessage(), e);
        }
        // The copy is what takes the book's place: it is checked, not the file it came from,
        // which may have changed since it was inspected.
        try (Connection copy = readOnly(staged)) {
            refuseForeignSchema(from, copy, Database.userVersion(copy));
        } catch (SQLException | RuntimeException e) {
            TempFiles.discard(staged);
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("Cannot read the copy of " + from + ": " + e.getMessage(), e);
        }
        try {
            if (Files.exists(target)) {
                BookRestore.into(target, staged, writing);
            } else {
                Files.deleteIfExists(target.resolveSibling(target.getFileName() + "-shm"));
                AtomicFile.moveOver(staged, target);
                long bytes = Files.size(target);
                writing.update(bytes, bytes);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot replace " + target + ": " + reason(e) + "; it was left as it was.", e);
        } finally {
            TempFiles.discard(staged);
        }
    }

    /** The lines an integrity pragma reports, without the single "ok" of a sound book. */
    static List<String> problems(Connection c, String pragma) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        } catch (SQLException e) {
            if (!SqliteFailure.damaged(e)) {
                throw e;
            }
            // Damage the check cannot read past is the last problem it finds, not a failure of the check.
            lines.add("the check stopped at a page it could not read (" + e.getMessage() + ")");
        }
        return lines.equals(List.of("ok")) ? List.of() : lines;
    }

    static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
        return Connections.open(file, config);
    }

    /**
     * A read-only connection to a file Podium does not own (a backup, a file the user chose):
     * the journal side files SQLite creates to read a WAL-mode file are removed again when
     * they were not there before, so looking at a file leaves no trace beside it.
     */
    private static final class ReadOnly implements AutoCloseable {
        final Connection connection;
        private final Path wal;
        private final Path shm;
        private final boolean walBefore;
        private final boolean shmBefore;

        ReadOnly(Path file) throws SQLException {
            wal = file.resolveSibling(file.getFileName() + "-wal");
            shm = file.resolveSibling(file.getFileName() + "-shm");
            walBefore = Files.exists(wal);
            shmBefore = Files.exists(shm);
            connection = readOnly(file);
        }

        @Override
        public void close() {
            try {
                if (!walBefore && Files.exists(wal) && Files.size(wal) == 0) {
                    Files.deleteIfExists(wal);
                    if (!shmBefore) {
                        Files.deleteIfExists(shm);
                    }
                }
            } catch (IOException e) {
                // An empty journal left beside a file changes nothing in it.
            }
        }
    }

    static String reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
