package org.podium.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * An open book of either kind, as the stores that work on both use it: a laptop book
 * ({@link Database}, one SQLite file) or a team book ({@link PostgresBook}, a database on a
 * PostgreSQL server). Work runs on a connection the book lends, in a transaction for writes.
 */
public interface BookDatabase extends AutoCloseable {
    /** Runs read-only work; inside a transaction of this thread it sees that transaction's writes. */
    <T> T read(SqlWork<T> work);

    /**
     * Runs work in one transaction that commits only if it returns normally; nested calls join
     * the outer transaction. A book open read-only refuses it saying why.
     */
    <T> T write(SqlWork<T> work);

    /** Whether every write is refused (another window holds the file, or the role may only read). */
    boolean readOnly();

    /** The SQL pieces that differ between the engines. */
    Dialect dialect();

    /**
     * Names who this open's saves are stamped with (the OS user, or the coordinator's name from
     * the preferences), and the clock that dates them; each save of a versioned record records
     * both with its new version.
     */
    void sign(String who, Clock when);

    /** Who this open's saves are stamped with. */
    String author();

    /** The time a save made now is stamped with. */
    Instant now();

    /** Where the book is, as messages name it: a file's path or a server's address. */
    String name();

    /**
     * Starts watching for changes others commit to the book (another program on a laptop book,
     * another coordinator on a team book); the caller closes the watch before the book.
     */
    ChangeWatch watch();

    /** The book's file, for a laptop book; a team book has none: it lives on its server. */
    Optional<Path> file();

    /**
     * Folds what the book's journal holds into the book itself, so that nothing erased lingers
     * there; a server's book does this on its own.
     */
    default void checkpoint() {
    }

    @Override
    void close();
}
