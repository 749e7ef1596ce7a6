package org.podium.service.common;

import java.util.Locale;
import java.util.Optional;
import org.podium.domain.Phrase;
import org.podium.domain.Phrased;

/**
 * A file Podium was asked to read cannot be used as it is; the message names the file and,
 * for structured files, the path of the bad field. Nothing was stored from it. When the reason
 * is known as a phrase the window says it in its own language; the message is its English.
 */
public final class FileRefusedException extends RuntimeException implements Phrased {
    private final transient Phrase phrase;

    public FileRefusedException(String message, Throwable cause) {
        super(message, cause);
        this.phrase = null;
    }

    public FileRefusedException(Phrase phrase, Throwable cause) {
        super(phrase.in(Locale.ENGLISH), cause);
        this.phrase = phrase;
    }

    @Override
    public Optional<Phrase> phrase() {
        return Optional.ofNullable(phrase);
    }
}
