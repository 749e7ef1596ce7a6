package org.podium.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * Opens every SQLite connection of Podium. Two things differ from asking
 * {@code java.sql.DriverManager}, and neither changes what a connection does:
 * <ul>
 * <li>The driver's own connection class is made directly, as its {@code JDBC} driver makes it:
 *     the manager's first use searches the class path for drivers and builds its log lines,
 *     some 10 ms of every start.
 * <li>SQLite does not lock the connection around each call ({@code SQLITE_OPEN_NOMUTEX}, which
 *     SQLite allows for a connection used by one thread at a time): {@link Database} lends each
 *     of its connections to one thread at a time, an export's helper has its own, and the
 *     driver makes every call into SQLite under the connection's Java lock anyway. SQLite's own
 *     lock only cost a lock and an unlock a call, a few per cent of an export's CPU.
 * </ul>
 */
final class Connections {
    private static final String PREFIX = "jdbc:sqlite:";

    private Connections() {
    }

    /** A connection to {@code file} with the driver's defaults. */
    static Connection open(Path file) throws SQLException {
        return openWith(file, new SQLiteConfig());
    }

    /** A connection to {@code file} with {@code config}'s settings ({@code config} is left as it was). */
    static Connection open(Path file, SQLiteConfig config) throws SQLException {
        return openWith(file, new SQLiteConfig(config.toProperties()));
    }

    /** Opens with {@code own}, settings of this call alone, to which it adds the open mode. */
    private static Connection openWith(Path file, SQLiteConfig own) throws SQLException {
        own.setOpenMode(SQLiteOpenMode.NOMUTEX);
        return new JDBC4Connection(PREFIX + file, file.toString(), own.toProperties());
    }
}
