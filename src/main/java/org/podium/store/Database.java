package org.podium.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteConfig;

/**
 * An open laptop book: one SQLite file with the pragmas Podium relies on and its schema brought up
 * to date (a team book is {@link PostgresBook}; the stores of both take a {@link BookDatabase}). Writes go through one connection in transactions; reads outside a transaction use
 * a second connection, so the window can keep reading while an import writes (WAL). A book
 * opened read-only (another window holds it) refuses every write with a clear message.
 */
public final class Database extends SignedBook {
    /** The schema version this build of Podium writes. */
    public static final int SCHEMA_VERSION = Migrations.latest();
    static final int BUSY_TIMEOUT_MS = 5_000;
    /**
     * The page size of a new book, in bytes (SQLite's default is 4,096). A million-row import
     * writes every page twice, to the log and then into the book: with 16 KiB pages it took
     * 8.2–9.3 s where 4 KiB pages took 10.4–11.8 s, a third less system time (bench/import-
     * benchmark.sh's file, two runs each); a small change writes a few pages either way.
     */
    static final int PAGE_SIZE = 16_384;

    private final Path path;
    private final Connection writer;
    private final Connection reader;
    private final boolean readOnly;
    /** Why writes are refused, ending the message that refuses them; empty when they are not. */
    private final String readOnlyWhy;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final ThreadLocal<Connection> transaction = new ThreadLocal<>();
    /** This open's share of the book's writer lock (none when read-only): a restore waits for it. */
    private final BookLock.Hold writing;
    private volatile BookWatch watch;

    private Database(Path path, Connection writer, Connection reader, BookLock.Hold writing, String readOnlyWhy) {
        super(System.getProperty("user.name", ""));
        this.path = path;
        this.writer = writer;
        this.reader = reader;
        this.readOnly = writing == null;
        this.writing = writing;
        this.readOnlyWhy = readOnlyWhy;
    }

    /**
     * Opens the book at {@code path}, creating the file and its folder if missing, and
     * migrates it. A file that is not SQLite, or that a newer Podium wrote, is refused and
     * left exactly as it was. A book with data at an older schema is first copied into its
     * backups folder, and is not migrated unless that copy succeeded. {@code clock} names that
     * copy; the caller chooses it (the app passes the system clock, tests may pass a fixed one).
     */
    public static Database open(Path path, Clock clock) {
        Path file = path.toAbsolutePath().normalize();
        BookFileChecks.beforeOpening(file, true);
        // Held from before the first connection, so a restore never replaces the file under it.
        BookLock.Hold writing = BookLock.forWriting(file, BookLock.WRITER_WAIT);
        Connection writer = null;
        Connection reader = null;
        try {
            writer = connect(file);
            BookFileChecks.isSqlite(file, writer);
            int version = userVersion(writer);
            if (version > SCHEMA_VERSION) {
                throw new BookRefusedException(file, "The book " + file + " was written by a newer"
                        + " Podium (schema " + version + "; this Podium knows up to "
                        + SCHEMA_VERSION + "). Update Podium to open it; the file was left untouched.", null);
            }
            configure(writer);
            if (version > 0 && version < SCHEMA_VERSION) {
                BookCopy.beforeMigration(file, writer, version, clock);
            }
            Migrations.apply(writer, version);
            reader = connect(file);
            configure(reader);
            Database opened = new Database(file, writer, reader, writing, "");
            opened.sign(opened.author(), clock);
            return opened;
        } catch (SQLException e) {
            closeQuietly(reader);
            closeQuietly(writer);
            writing.close();
            throw new BookRefusedException(file, BookFileChecks.describe(file, e), e);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            closeQuietly(writer);
            writing.close();
            throw e;
        }
    }

    /**
     * Opens an existing book for reading only, as a second window does while another holds
     * it: nothing is migrated, backed up or written, and every write is refused.
     */
    public static Database openReadOnly(Path path) {
        return openReadOnly(path, "because another Podium window has it open; nothing was changed."
                + " Make changes in that window.");
    }

    /**
     * Opens a book whose file cannot be written (a read-only copy, a file on a read-only
     * share) for commands that only read it; every write is refused saying so.
     */
    public static Database openUnwritable(Path path) {
        return openReadOnly(path, "because its file cannot be written; nothing was changed. Make the file writable"
                + " (check its permissions) or work on a copy.");
    }

    private static Database openReadOnly(Path path, String why) {
        Path file = path.toAbsolutePath().normalize();
        BookFileChecks.beforeOpening(file, false);
        if (!Files.exists(file)) {
            throw new BookRefusedException(file, "There is no book at " + file + " to open read-only.", null);
        }
        Connection writer = null;
        Connection reader = null;
        try {
            writer = connectReadOnly(file);
            BookFileChecks.isSqlite(file, writer);
            int version = userVersion(writer);
            if (version != SCHEMA_VERSION) {
                throw new BookRefusedException(file, "The book " + file + " is at schema " + version
                        + " and this Podium at " + SCHEMA_VERSION + "; it can only be opened read-only"
                        + " once a Podium of the same version has opened it for writing.", null);
            }
            reader = connectReadOnly(file);
            return new Database(file, writer, reader, null, why);
        } catch (SQLException e) {
            closeQuietly(reader);
            closeQuietly(writer);
            throw new BookRefusedException(file, BookFileChecks.describe(file, e), e);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            closeQuietly(writer);
            throw e;
        }
    }

    /** A connection to the book that waits up to {@link #BUSY_TIMEOUT_MS} for another's lock, as every one of its connections does. */
    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        return Connections.open(file, config);
    }

    private static Connection connectReadOnly(Path file) throws SQLException {
        Connection connection = BookCopy.readOnly(file);
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA query_only = ON");
        }
        return connection;
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            // Only a new, empty file takes it: a book keeps the page size it was created with.
            st.execute("PRAGMA page_size = " + PAGE_SIZE);
            st.execute("PRAGMA journal_mode = WAL");
            st.execute("PRAGMA synchronous = FULL");
            st.execute("PRAGMA foreign_keys = ON");
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }


    public Path path() {
        return path;
    }

    @Override
    public String name() {
        return path.toString();
    }

    /** Watches the file for other connections' commits ({@link BookWatch}). */
    @Override
    public ChangeWatch watch() {
        return BookWatch.on(this);
    }

    @Override
    public Optional<Path> file() {
        return Optional.of(path);
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    /** Whether this book was opened read-only, so every write is refused. */
    @Override
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * What SQLite's {@code quick_check} finds wrong with the book: empty when it is sound.
     * It reads every page, so the window runs it in the background after it has shown.
     */
    public List<String> quickCheck() {
        return read(c -> BookCopy.problems(c, "quick_check"));
    }

    /** The schema version stored in the file. */
    public int schemaVersion() {
        return read(Database::userVersion);
    }

    /** The version of the SQLite library this program links, without a book: {@code podium --version} prints it. */
    public static String sqliteLibraryVersion() {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new StoreException("cannot load the SQLite library: " + e.getMessage(), e);
        }
    }

    /** The SQLite library version in use, as Help → About shows it. */
    public String sqliteVersion() {
        return read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    /**
     * Runs read-only work: inside a transaction of this thread it sees that transaction's
     * writes, otherwise it uses the reading connection.
     */
    @Override
    public <T> T read(SqlWork<T> work) {
        Connection current = transaction.get();
        if (current != null) {
            return run(current, work);
        }
        readLock.lock();
        try {
            return run(reader, work);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * Runs work in one transaction that commits only if it returns normally; nested calls
     * join the outer transaction.
     */
    @Override
    public <T> T write(SqlWork<T> work) {
        if (readOnly) {
            throw new StoreException("The book " + path + " is open read-only, " + readOnlyWhy);
        }
        if (transaction.get() != null) {
            return run(transaction.get(), work);
        }
        writeLock.lock();
        try {
            begin();
            BookWatch watching = watch;
            if (watching != null) {
                watching.beforeOwnCommit();
            }
            transaction.set(writer);
            boolean done = false;
            try {
                T result = work.apply(writer);
                commit();
                done = true;
                if (watching != null) {
                    watching.afterOwnCommit();
                }
                return result;
            } catch (SQLException e) {
                throw translate(e);
            } finally {
                transaction.remove();
                if (!done) {
                    rollback();
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** A connection of its own on the book, as {@link BookWatch} needs, opened as this book's readers are. */
    Connection sideConnection() throws SQLException {
        return readOnly ? connectReadOnly(path) : connect(path);
    }

    /** Tells {@code w} (or, with null, no one) of each transaction of the writer. */
    void watchWrites(BookWatch w) {
        watch = w;
    }

    /**
     * Copies the write-ahead log into the book and empties it, so pages an erasure overwrote
     * do not linger in the log; it waits for readers as any write does.
     */
    @Override
    public void checkpoint() {
        if (readOnly) {
            return;
        }
        writeLock.lock();
        try {
            run(writer, c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                return null;
            });
        } finally {
            writeLock.unlock();
        }
    }

    private void begin() {
        try (Statement st = writer.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private void commit() throws SQLException {
        try (Statement st = writer.createStatement()) {
            st.execute("COMMIT");
        }
    }

    private void rollback() {
        try (Statement st = writer.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            // Nothing was committed; a failed rollback means SQLite already rolled back.
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                throw translate(e);
            }
        }
    }

    private <T> T run(Connection connection, SqlWork<T> work) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private StoreException translate(SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (SqliteFailure.busy(e)) {
            return new StoreException("The book " + path + " is busy: another Podium is writing"
                    + " to it. Nothing was changed; try again when it has finished.", e);
        }
        if (SqliteFailure.readOnly(e)) {
            return new StoreException("The book " + path + " is read-only; nothing was changed.", e);
        }
        if (SqliteFailure.diskFull(e)) {
            return new StoreException(SqliteFailure.diskFullMessage(path), e);
        }
        return new StoreException("Database error in " + path + ": " + message, e);
    }

    @Override
    public void close() {
        closeQuietly(reader);
        try {
            writer.close();
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            if (writing != null) {
                writing.close();
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing after a failure: the original failure is what the user needs to see.
        }
    }

    /** Lists the SQL statements of a migration script, one per entry. */
    static List<String> statements(String script) {
        return Migrations.statements(script);
    }
}
