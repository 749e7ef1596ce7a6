package org.podium.service.common;

/** A record the user named by id or email does not exist; the message names it. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
