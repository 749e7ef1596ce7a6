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
 * Writes a file so that a failure at any point leaves the old file (or none), never half of
 * one: the content goes to a hidden temporary name beside the target, is forced to disk, and
 * is then renamed over the target.
 */
public final class SafeFiles {
    /** What fills the file; it may fail, and then nothing reaches the target. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFiles() {
    }

    /**
     * Writes {@code file} from {@code content}. An {@link IOException} becomes an
     * {@link ExportException} naming the file and the reason; any other failure of the content
     * (a cancelled export, a database error) propagates as it is. Either way the temporary file
     * is removed.
     *
     * @return the absolute, normalised path that was written
     */
    public static Path write(Path file, Content content) {
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

    /**
     * The target's folder, or an ExportException naming what is wrong with it; callers use it
     * to refuse a bad path before doing long work.
     */
    public static Path checkFolder(Path file) {
        Path target = file.toAbsolutePath().normalize();
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
            // The write itself already succeeded or failed with its own message; a leftover
            // hidden .tmp file is the lesser harm than hiding that outcome.
        }
    }
}
