package org.podium.service.common;

/**
 * A file Podium was asked to read cannot be used as it is; the message names the file and,
 * for structured files, the path of the bad field. Nothing was stored from it.
 */
public final class FileRefusedException extends RuntimeException {
    public FileRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
