package org.podium.cli.common;

/** A value on the command line that cannot be used; the message names the option. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
