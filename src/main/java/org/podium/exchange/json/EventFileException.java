package org.podium.exchange.json;

/**
 * An event file that cannot be read as it is; the message names the file and the JSON path
 * of the bad field ("event.start: expected a date-time like 2026-05-28T10:00, found 42").
 */
public final class EventFileException extends RuntimeException {
    private final String path;

    public EventFileException(String path, String message) {
        super(path.isEmpty() ? message : path + ": " + message);
        this.path = path;
    }

    public EventFileException(String message, Throwable cause) {
        super(message, cause);
        this.path = "";
    }


    /** The JSON path of the bad field, such as {@code people[2].email}; empty for the whole file. */
    public String path() {
        return path;
    }
}
