package org.podium.service.common;

import org.podium.domain.Phrase;
import org.podium.domain.PhrasedException;

/**
 * A file Podium was asked to read cannot be used as it is; the message names the file and,
 * for structured files, the path of the bad field. Nothing was stored from it. When the reason
 * is known as a phrase the window says it in its own language; the message is its English.
 */
public final class FileRefusedException extends PhrasedException {
    public FileRefusedException(String message, Throwable cause) {
        super(message, cause);
    }

    public FileRefusedException(Phrase phrase, Throwable cause) {
        super(phrase, cause);
    }
}
