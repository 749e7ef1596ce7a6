package org.podium.store;

/** The one unchecked failure of the store layer; it carries a message fit for the user. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
