package org.podium.store;

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

    /** Where the book is, as messages name it: a file's path or a server's address. */
    String name();

    @Override
    void close();
}
