package org.podium.exchange.json;

import org.podium.domain.Phrase;
import org.podium.domain.PhrasedException;

/**
 * An event file that cannot be read as it is; the message names the file and the JSON path
 * of the bad field ("event.start: expected a date-time like 2026-05-28T10:00, found 42"), in
 * English for the command line, and its phrase says the same in the window's language.
 */
public final class EventFileException extends PhrasedException {
    private final String path;

    /** The bad field at {@code path} (empty for the whole file), and why as the bundles' {@code key}. */
    public EventFileException(String path, String key, Object... args) {
        this(path, Phrase.of(key, args));
    }

    public EventFileException(String path, Phrase reason) {
        this(path, path.isEmpty() ? reason : Phrase.of("eventFile.at", path, reason), null);
    }

    /** A file that is not JSON at all, with the parser's failure. */
    public EventFileException(Phrase reason, Throwable cause) {
        this("", reason, cause);
    }

    /** The whole file is not an event (an array, a number): the path is "(the file)", said in the reader's language. */
    static EventFileException theFile(Phrase reason) {
        return new EventFileException("(the file)", Phrase.of("eventFile.at", Phrase.of("eventFile.theFile"), reason),
                null);
    }

    private EventFileException(String path, Phrase whole, Throwable cause) {
        super(whole, cause);
        this.path = path;
    }

    /** The JSON path of the bad field, such as {@code people[2].email}; empty for the whole file. */
    public String path() {
        return path;
    }
}
