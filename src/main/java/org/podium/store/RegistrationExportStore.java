package org.podium.store;

/**
 * The book's {@link ExportSource}: reads an export's registrations from SQLite in storage
 * order, with SQLite deciding status and consent and joining each qualifying row's fields into
 * one value that crosses JDBC as bytes ({@link ExportSql}, {@link JoinedRow}), the suppression
 * list looked up in memory ({@link SuppressedKeys}), and two threads on two connections pinned
 * to one snapshot when the machine allows ({@link ExportScan}). Why, and what it rests on:
 * {@code docs/decisions/0008}.
 */
public final class RegistrationExportStore implements ExportSource {
    private final Database db;
    private final int chunk;
    private final boolean helped;

    public RegistrationExportStore(Database db) {
        this(db, ExportScan.CHUNK, true);
    }

    /** With chunks of another size, and with or without the helper thread, so a test can compare them. */
    RegistrationExportStore(Database db, int chunk, boolean helped) {
        this.db = db;
        this.chunk = chunk;
        this.helped = helped;
    }

    @Override
    public <C> Tally stream(Filter filter, Fields fields, Rows<C> rows) {
        ExportSql sql = new ExportSql(filter, fields);
        return db.read(c -> new ExportScan<>(db, sql, rows, chunk, helped).read(c));
    }
}
