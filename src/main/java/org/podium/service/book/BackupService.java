package org.podium.service.book;

import org.podium.service.common.CancelledException;
import org.podium.service.common.FileWriteException;
import org.podium.service.common.Progress;
import org.podium.service.common.SafeFiles;
import org.podium.service.privacy.ErasureLog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.podium.store.Backups;
import org.podium.store.BookFacts;
import org.podium.store.BookLock;
import org.podium.store.BookRefusedException;
import org.podium.store.Database;
import org.podium.service.common.NotOnTeamBookException;
import org.podium.store.BookCopy;
import org.podium.store.CopyProgress;
import org.podium.store.LaptopCopy;
import org.podium.store.PostgresBook;
import org.podium.store.StoreException;
import org.podium.store.Stores;

/**
 * Backups of the book: the check and daily copy when the window starts, a copy on demand, the
 * list of copies beside the book, and restoring one of them (or any Podium book) in its place.
 */
public final class BackupService {
    /** How many daily copies are kept; copies taken before a migration or a restore are all kept. */
    public static final int DAILY_KEPT = 7;
    static final String OFFLINE_COPY_CANCELLED = "The copy for offline work was cancelled; no file was written.";

    private final Stores stores;

    public BackupService(Stores stores) {
        this.stores = stores;
    }

    /** Why a copy in the backups folder was taken. */
    public enum Kind {
        DAILY, PRE_MIGRATION, PRE_RESTORE
    }

    /** One copy in the backups folder. */
    public record Copy(Path file, Kind kind, LocalDateTime taken, long bytes) {
    }

    /** What a book file holds, as a restore shows it before using it. */
    public record Contents(Path file, int schemaVersion, long bytes, long events, long people, long registrations) {
        static Contents of(BookFacts facts) {
            return new Contents(facts.file(), facts.schemaVersion(), facts.bytes(), facts.events(), facts.people(),
                    facts.registrations());
        }
    }

    /** What the start-up check found and did: problems found, or the daily copy taken, if due. */
    public record StartReport(List<String> problems, Optional<Path> dailyTaken) {
        public boolean bookIsDamaged() {
            return !problems.isEmpty();
        }
    }

    /**
     * The window's start-up duty, run in the background after it shows: SQLite's quick check
     * of the book, then today's copy if there is none yet, and the oldest daily copies pruned.
     * A damaged book is not copied (its copy would fail the integrity check anyway). A book
     * opened read-only leaves this to the window that holds it; a team book, to its server.
     */
    public StartReport atStart() {
        if (stores.db().readOnly() || !(stores.db() instanceof Database laptop)) {
            return new StartReport(List.of(), Optional.empty());
        }
        List<String> problems = laptop.quickCheck();
        if (!problems.isEmpty()) {
            return new StartReport(problems, Optional.empty());
        }
        Path today = backups().dailyFile(LocalDate.now(stores.clock()));
        if (Files.exists(today)) {
            return new StartReport(List.of(), Optional.empty());
        }
        BookCopy.copy(laptop.path(), today);
        backups().pruneDaily(DAILY_KEPT);
        return new StartReport(List.of(), Optional.of(today));
    }

    /** Takes today's daily copy now, replacing one taken earlier today, and prunes; returns it. */
    public Path backUpToday() {
        return backUpToday(Progress.NONE);
    }

    /** As {@link #backUpToday()}, reporting the copy's bytes written of the book's size. */
    public Path backUpToday(Progress progress) {
        Path today = backups().dailyFile(LocalDate.now(stores.clock()));
        BookCopy.copy(file(), today, counted(progress));
        backups().pruneDaily(DAILY_KEPT);
        return today;
    }

    /**
     * Writes a checked copy of the book to a file of the user's choosing and returns it; the
     * book's own files are refused as every output's are, and a device or pipe gets the copy's
     * bytes ({@code backup -o /dev/stdout | gzip}). A team book's copy is a laptop book holding
     * everything the server's holds, to work on offline ({@link LaptopCopy}).
     */
    public Path backUpTo(Path file) {
        return backUpTo(file, Progress.NONE);
    }

    /**
     * As {@link #backUpTo(Path)}, reporting the copy's bytes written of the book's size, or for a
     * team book the rows written of the rows it holds. A team book's copy stops when the user
     * cancels, within a batch of rows, and leaves no file behind.
     *
     * @throws CancelledException when the user cancelled a team book's copy
     */
    public Path backUpTo(Path file, Progress progress) {
        try {
            if (stores.db() instanceof PostgresBook team) {
                return SafeFiles.forBook(stores.db().file()).writeWhole(file, temp -> LaptopCopy.write(team, temp,
                        (done, total) -> progress.checkpoint(done, total, OFFLINE_COPY_CANCELLED)));
            }
            Path book = file();
            return SafeFiles.forBook(book).writeWhole(file, temp -> BookCopy.copy(book, temp, counted(progress)));
        } catch (StoreException e) {
            throw new FileWriteException(e.getMessage(), e);
        }
    }

    /** The copies in the backups folder, newest first; a team book has none. */
    public List<Copy> list() {
        return stores.db().file().map(BackupService::copiesOf).orElse(List.of());
    }

    /** The copies of the book at {@code book}, newest first, without opening it. */
    public static List<Copy> copiesOf(Path book) {
        return new Backups(book).list().stream()
                .map(e -> new Copy(e.file(), Kind.valueOf(e.kind().name()), e.taken(), e.bytes())).toList();
    }

    public Path folder() {
        return backups().folder();
    }

    /** Checks a file before a restore; a file that is not a sound book is refused with the reason. */
    public Contents inspect(Path file) {
        return Contents.of(BookCopy.inspect(file));
    }

    private Backups backups() {
        return new Backups(file());
    }

    /** The laptop book's file; a team book is refused, pointing to its server's tools. */
    private Path file() {
        return stores.db().file().orElseThrow(() -> NotOnTeamBookException.copiesAreTheServers(stores.db().name()));
    }

    /** What a restore did: where the book came from, and where the book it replaced went. */
    public record Restored(Contents from, Optional<Path> previousBook) {
    }

    /**
     * Restores the book as {@link #restore} does, for a caller that does not hold it (the
     * command line): a book open in a window is refused, because the window shows the book
     * it has and would go on working as if nothing had happened.
     */
    public static Restored restoreUnlessOpen(Path book, Path source, Clock clock, Progress progress) {
        return restoreUnlessOpen(book, source, clock, BookLock.RESTORE_WAIT, progress);
    }

    /** As {@link #restoreUnlessOpen(Path, Path, Clock, Progress)}, waiting up to {@code wait} for other writers. */
    static Restored restoreUnlessOpen(Path book, Path source, Clock clock, Duration wait) {
        return restoreUnlessOpen(book, source, clock, wait, Progress.NONE);
    }

    private static Restored restoreUnlessOpen(Path book, Path source, Clock clock, Duration wait, Progress progress) {
        try (BookLock lock = BookLock.tryAcquire(book).orElseThrow(() -> new StoreException("The book "
                + book.toAbsolutePath().normalize() + " is open in a Podium window" + BookLock.windowProcess(book)
                + ": restore it from there"
                + " (File → Restore…) or close the window first. Nothing was changed."))) {
            return restore(book, source, clock, wait, progress);
        }
    }

    /**
     * Restores the book at {@code book} from {@code source}, once no other Podium has it open
     * for writing (the caller has closed its own; a restore waits briefly for the others, then
     * refuses saying who has it). The source is checked first (a file that is not a sound Podium
     * book, or is from a newer Podium, is refused and nothing changes), and so is the erasure
     * log, which must be read after the restore; then the current book is copied into the
     * backups folder, then the source's checked copy is written into the book. A current book
     * too damaged to copy is moved there whole instead, so nothing is ever lost.
     */
    public static Restored restore(Path book, Path source, Clock clock) {
        return restore(book, source, clock, Progress.NONE);
    }

    /**
     * As {@link #restore(Path, Path, Clock)}, reporting one bar of bytes over its three copies:
     * the current book into the backups folder, the source's checked copy beside the book, and
     * that copy's pages written into the book.
     */
    public static Restored restore(Path book, Path source, Clock clock, Progress progress) {
        return restore(book, source, clock, BookLock.RESTORE_WAIT, progress);
    }

    static Restored restore(Path book, Path source, Clock clock, Duration wait) {
        return restore(book, source, clock, wait, Progress.NONE);
    }

    private static Restored restore(Path book, Path source, Clock clock, Duration wait, Progress progress) {
        Path target = book.toAbsolutePath().normalize();
        BookFacts facts = BookCopy.inspect(source);
        if (facts.file().equals(target)) {
            throw new BookRefusedException(target, "That file is the book itself; choose a backup to restore.", null);
        }
        new ErasureLog(target).checkReadable("restored");
        try (BookLock.Hold alone = BookLock.forRestore(target, wait)) {
            Optional<Path> previous = Optional.empty();
            long current = target.toFile().length();
            long whole = current + 2 * facts.bytes();
            if (Files.exists(target)) {
                Path saved = new Backups(target).preRestoreFile(LocalDateTime.now(clock));
                try {
                    BookCopy.copy(target, saved, part(progress, 0, current, whole));
                } catch (StoreException e) {
                    moveAside(target, saved, e);
                }
                previous = Optional.of(saved);
            }
            BookCopy.replace(target, facts.file(), part(progress, current, facts.bytes(), whole),
                    part(progress, current + facts.bytes(), facts.bytes(), whole));
            progress.update(whole, whole);
            return new Restored(Contents.of(facts), previous);
        }
    }

    /** The store's counts (bytes, or a team book's rows) reported as they are, or nothing when no one follows. */
    private static CopyProgress counted(Progress progress) {
        return progress.followed() ? progress::update : CopyProgress.NONE;
    }

    /** One copy's own done-of-total reported as its {@code share} of the whole, after {@code before}. */
    private static CopyProgress part(Progress progress, long before, long share, long whole) {
        if (!progress.followed()) {
            return CopyProgress.NONE;
        }
        return (done, total) -> progress.update(before + (total > 0 ? share * Math.min(done, total) / total : 0), whole);
    }

    // Only for a book SQLite cannot copy: it is closed, so moving its files keeps them whole.
    private static void moveAside(Path book, Path saved, StoreException why) {
        try {
            Files.createDirectories(saved.getParent());
            Path wal = book.resolveSibling(book.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.move(wal, saved.resolveSibling(saved.getFileName() + "-wal"), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(book, saved, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("The current book could not be backed up (" + why.getMessage()
                    + ") nor moved aside (" + e.getMessage() + "); nothing was restored.", e);
        }
    }
}
