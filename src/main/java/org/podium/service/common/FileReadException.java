package org.podium.service.common;

import org.podium.domain.Phrase;
import org.podium.domain.PhrasedException;

/**
 * A file Podium was asked to read could not be used; the message names the file and why, in
 * English, and when the reason is known as a phrase the window says it in its own language.
 */
public final class FileReadException extends PhrasedException {
    public FileReadException(String message, Throwable cause) {
        super(message, cause);
    }

    public FileReadException(Phrase phrase, Throwable cause) {
        super(phrase, cause);
    }
}
