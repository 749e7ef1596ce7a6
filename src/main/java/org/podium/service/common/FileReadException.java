package org.podium.service.common;

import java.util.Locale;
import java.util.Optional;
import org.podium.domain.Phrase;
import org.podium.domain.Phrased;

/**
 * A file Podium was asked to read could not be used; the message names the file and why, in
 * English, and when the reason is known as a phrase the window says it in its own language.
 */
public final class FileReadException extends RuntimeException implements Phrased {
    private final transient Phrase phrase;

    public FileReadException(String message, Throwable cause) {
        super(message, cause);
        this.phrase = null;
    }

    public FileReadException(Phrase phrase, Throwable cause) {
        super(phrase.in(Locale.ENGLISH), cause);
        this.phrase = phrase;
    }

    /** The reason as a phrase, to be said in the reader's language; empty when only the English message is known. */
    @Override
    public Optional<Phrase> phrase() {
        return Optional.ofNullable(phrase);
    }
}
