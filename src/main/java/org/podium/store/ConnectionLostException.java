package org.podium.store;

/**
 * The team book's server went away or cannot be reached now (SQL state class 08, or the server
 * ending the session): nothing was changed, and the same work may succeed once it is back.
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

    /**
     * Whether {@code state} says the connection is gone: class 08 (connection exception), or
     * the server shutting the session down (57P01 admin shutdown, 57P02 crash, 57P03 starting).
     */
    static boolean lost(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
