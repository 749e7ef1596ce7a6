package org.podium.cli;

/** A value on the command line that cannot be used; the message names the option. */
final class BadInputException extends RuntimeException {
    BadInputException(String message) {
        super(message);
    }
}
