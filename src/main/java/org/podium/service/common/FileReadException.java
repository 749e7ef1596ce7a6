package org.podium.service.common;

/** A file Podium was asked to read could not be used; the message names the file and why. */
public final class FileReadException extends RuntimeException {
    public FileReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
