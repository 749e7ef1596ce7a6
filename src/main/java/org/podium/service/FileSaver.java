package org.podium.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an export beside its target under a temporary name, forces it to disk and renames it
 * over the target, so a failure at any point leaves the old file (or none), never half of one.
 */
final class FileSaver {
    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private FileSaver() {
    }

    /**
     * Saves the content to {@code file} and returns its absolute path.
     *
     * @throws ExportException when the file cannot be written; the message says why
     */
    static Path save(Path file, Content content) {
        Path target = file.toAbsolutePath().normalize();
        Path folder = checkFolder(target);
        Path temp = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            // CREATE_NEW rather than createTempFile, whose 0600 permissions the renamed file would keep.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            moveOver(temp, target);
            return target;
        } catch (IOException e) {
            throw ExportException.cannotWrite(target, folder, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The target's folder, or an ExportException naming what is wrong with it. */
    static Path checkFolder(Path target) {
        if (Files.isDirectory(target)) {
            throw ExportException.cannotWrite(target, "it is a folder");
        }
        Path folder = target.getParent();
        if (!Files.exists(folder)) {
            throw ExportException.cannotWrite(target, "the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw ExportException.cannotWrite(target, folder + " is a file, not a folder");
        }
        return folder;
    }

    private static void moveOver(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network shares cannot rename atomically; the temporary file is complete by now.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // The export itself already succeeded or failed with its own message; a leftover
            // hidden .tmp file is the lesser harm than hiding that outcome.
        }
    }
}
