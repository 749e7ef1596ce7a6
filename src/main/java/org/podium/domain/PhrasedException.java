package org.podium.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A failure whose message is an English sentence (for the command line and logs) and which,
 * when it was made from a phrase, keeps the phrase so the window says it in its own language.
 */
public abstract class PhrasedException extends RuntimeException implements Phrased {
    private final transient Phrase phrase;

    protected PhrasedException(String message, Throwable cause) {
        super(message, cause);
        this.phrase = null;
    }

    protected PhrasedException(Phrase phrase, Throwable cause) {
        super(phrase.in(Locale.ENGLISH), cause);
        this.phrase = phrase;
    }

    @Override
    public Optional<Phrase> phrase() {
        return Optional.ofNullable(phrase);
    }
}
