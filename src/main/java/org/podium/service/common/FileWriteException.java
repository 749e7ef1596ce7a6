package org.podium.service.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.podium.domain.Phrase;
import org.podium.domain.PhrasedException;

/**
 * A file Podium was asked to write could not be written; the message names the file and the
 * reason in words a coordinator can act on ("the folder … does not exist"), the same for every
 * kind of export.
 */
public final class FileWriteException extends PhrasedException {
    public FileWriteException(String message) {
        super(message, null);
    }

    public FileWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure as a phrase: the message is its English, and the window says it in its language. */
    public FileWriteException(Phrase phrase, Throwable cause) {
        super(phrase, cause);
    }

    /** "Cannot write /x/y.ics: " and the reason, the bundles' {@code key} with its values. */
    public static FileWriteException cannotWrite(Path target, String key, Object... args) {
        return new FileWriteException(Phrase.of("file.cannotWrite", target.toString(), Phrase.of(key, args)), null);
    }

    /**
     * The failure of writing {@code target} in {@code folder}, in words: the exception's own
     * message is often a bare path ({@link AccessDeniedException}) or a system error text.
     */
    public static FileWriteException cannotWrite(Path target, Path folder, IOException cause) {
        Phrase reason;
        if (cause instanceof AccessDeniedException) {
            reason = Files.exists(target) && !Files.isWritable(target) ? Phrase.of("file.readOnly")
                    : Phrase.of("file.folderReadOnly", folder.toString());
        } else if (cause instanceof FileSystemException fs && fs.getReason() != null) {
            reason = Phrase.of("file.systemReason", fs.getReason());
        } else {
            reason = Phrase.of("file.systemReason", cause.getMessage() == null ? cause.getClass().getSimpleName()
                    : cause.getMessage());
        }
        return new FileWriteException(Phrase.of("file.cannotWrite", target.toString(), reason), cause);
    }
}
