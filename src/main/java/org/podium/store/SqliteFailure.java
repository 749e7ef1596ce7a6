package org.podium.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What SQLite said went wrong, read from the result code the driver gives each SQLException it
 * throws. Only the primary code (its low byte) is compared, so an extended code such as
 * SQLITE_BUSY_SNAPSHOT or SQLITE_CORRUPT_INDEX counts as its primary one.
 */
final class SqliteFailure {
    private SqliteFailure() {
    }

    /** Another connection holds the lock this one needed (SQLITE_BUSY). */
    static boolean busy(SQLException e) {
        return is(e, SQLiteErrorCode.SQLITE_BUSY);
    }

    /** The file or the connection cannot be written (SQLITE_READONLY). */
    static boolean readOnly(SQLException e) {
        return is(e, SQLiteErrorCode.SQLITE_READONLY);
    }

    /** The file could not be opened at all (SQLITE_CANTOPEN). */
    static boolean cannotOpen(SQLException e) {
        return is(e, SQLiteErrorCode.SQLITE_CANTOPEN);
    }

    /** The file is not a database (SQLITE_NOTADB). */
    static boolean notADatabase(SQLException e) {
        return is(e, SQLiteErrorCode.SQLITE_NOTADB);
    }

    /** The file is damaged or not a database (SQLITE_CORRUPT, SQLITE_NOTADB). */
    static boolean damaged(SQLException e) {
        return is(e, SQLiteErrorCode.SQLITE_CORRUPT) || notADatabase(e);
    }

    /**
     * There was no room to write: the disk (SQLITE_FULL), or the shared memory the write-ahead
     * log's index lives in (SQLITE_IOERR_SHMSIZE, when /dev/shm is full).
     */
    static boolean diskFull(SQLException e) {
        return is(e, SQLiteErrorCode.SQLITE_FULL) || e.getErrorCode() == SQLiteErrorCode.SQLITE_IOERR_SHMSIZE.code;
    }

    /** A row broke a UNIQUE constraint or index, or a unique index could not be built over the rows (SQLITE_CONSTRAINT_UNIQUE). */
    static boolean uniqueViolated(SQLException e) {
        // The extended code: the primary one, SQLITE_CONSTRAINT, is also that of NOT NULL and CHECK.
        return e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE;
    }

    /** What a write that ran out of room did: nothing, since its transaction was rolled back. */
    static String diskFullMessage(java.nio.file.Path book) {
        return "The disk is full: nothing of this was written, and the book " + book + " holds what it held"
                + " before. Free some space and try again.";
    }

    private static boolean is(SQLException e, SQLiteErrorCode primary) {
        return (e.getErrorCode() & 0xff) == primary.code;
    }
}
