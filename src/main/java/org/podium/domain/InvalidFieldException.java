package org.podium.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * A value a record refuses, naming the field so a form or a command can point at it; the reason
 * is a phrase, said in English as the message (the command line's) and in the window's language
 * by the window.
 */
public final class InvalidFieldException extends IllegalArgumentException implements Phrased {
    private final String field;
    private final transient Phrase phrase;

    public InvalidFieldException(String field, Phrase phrase) {
        super(phrase.in(Locale.ENGLISH));
        this.field = field;
        this.phrase = phrase;
    }

    /** The reason as the bundles' {@code key} with its values. */
    public InvalidFieldException(String field, String key, Object... args) {
        this(field, Phrase.of(key, args));
    }

    public String field() {
        return field;
    }

    @Override
    public Optional<Phrase> phrase() {
        return Optional.ofNullable(phrase);
    }
}
