package org.podium.service.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file Podium was asked to write could not be written; the message names the file and the
 * reason in words a coordinator can act on ("the folder … does not exist"), the same for every
 * kind of export.
 */
public final class FileWriteException extends RuntimeException {
    public FileWriteException(String message) {
        super(message);
    }

    public FileWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    /** "Cannot write /x/y.ics: " and the reason. */
    public static FileWriteException cannotWrite(Path target, String reason) {
        return new FileWriteException("Cannot write " + target + ": " + reason);
    }

    /**
     * The failure of writing {@code target} in {@code folder}, in words: the exception's own
     * message is often a bare path ({@link AccessDeniedException}) or a system error text.
     */
    public static FileWriteException cannotWrite(Path target, Path folder, IOException cause) {
        String reason;
        if (cause instanceof AccessDeniedException) {
            reason = Files.exists(target) && !Files.isWritable(target)
                    ? "the file is read-only" : "the folder " + folder + " is read-only";
        } else if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            reason = fs.getReason();
        } else {
            reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        }
        return new FileWriteException("Cannot write " + target + ": " + reason, cause);
    }
}
