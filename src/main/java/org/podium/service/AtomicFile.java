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
 * Writes a file the safe way: under a temporary name beside the target, forced to disk, then
 * renamed over it, so a failure at any point leaves the old file (or none), never half of one.
 */
final class AtomicFile {
    /** The content of a file, written to a stream the caller must not close. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** @throws ExportException naming the file and the reason when it cannot be written */
    static void write(Path file, Body body) {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw ExportException.cannotWrite(target, "the folder " + folder + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw ExportException.cannotWrite(target, "it is a folder");
        }
        Path temp = folder.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw ExportException.cannotWrite(target, folder, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // A stray temporary file is harmless; the failure above is what matters.
            }
        }
    }
}
