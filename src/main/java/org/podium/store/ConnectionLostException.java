package org.podium.store;

import java.sql.SQLException;

/**
 * The team book's server went away or cannot be reached now (SQL state class 08, the server
 * ending the session, or a server too busy to take another connection): nothing was changed,
 * and the same work may succeed once it is back.
 */
public final class ConnectionLostException extends StoreException {
    private final String server;

    public ConnectionLostException(String server, String message, Throwable cause) {
        super(message, cause);
        this.server = server;
    }

    /** The server that went away, as {@code host:port}. */
    public String server() {
        return server;
    }

    /** Whether the server was reached but takes no connection now ({@link #busy(String)}), rather than gone. */
    public boolean busy() {
        return getCause() instanceof SQLException e && busy(e.getSQLState());
    }

    /**
     * Whether {@code state} says the connection is gone or cannot be had now: class 08
     * (connection exception), the server shutting the session down (57P01 admin shutdown, 57P02
     * crash, 57P03 starting up or shutting down), or a server at its connection limit (53300).
     */
    static boolean lost(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0") || busy(state));
    }

    /**
     * Whether {@code state} says the server is there but takes no more connections now: 53300
     * (too many clients: {@code max_connections}, or a role's or database's connection limit)
     * or 57P03 (cannot connect now: starting up, shutting down, in recovery).
     */
    static boolean busy(String state) {
        return "53300".equals(state) || "57P03".equals(state);
    }
}
