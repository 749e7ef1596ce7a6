package org.podium.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The one way Podium puts a whole file under its name, whether a book's copy, an export, the
 * preferences or a cached library: the content is made at a hidden temporary name beside the
 * target ({@link TempFiles#beside}), forced to disk, given the permissions of the file it
 * replaces, renamed over the target and the folder synced. After a crash at any point the name
 * holds the old file (or none) or the whole new one, never part of one.
 */
public final class AtomicFile {
    /** What fills the file; it may fail, and then nothing reaches the target. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What makes a whole file at the temporary path it is given; it may fail, and then nothing reaches the target. */
    @FunctionalInterface
    public interface Staging {
        void writeTo(Path temp) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code target} from {@code content}. Whatever the content throws propagates as it
     * is, and the temporary file is removed; so is one a killed earlier write left in the folder
     * ({@link TempFiles#removeStale}).
     */
    public static void write(Path target, Content content) throws IOException {
        writeWhole(target, temp -> {
            // CREATE_NEW rather than createTempFile, whose 0600 permissions a new file would keep.
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
        });
    }

    /**
     * Writes {@code target} from content that can only be made as a whole file at a path (SQLite's
     * {@code VACUUM INTO}, a copy): the staging makes it at the temporary name, which is then
     * forced and renamed over the target.
     */
    public static void writeWhole(Path file, Staging staging) throws IOException {
        Path target = file.toAbsolutePath();
        TempFiles.removeStale(target.getParent());
        Path temp = TempFiles.beside(target);
        try {
            staging.writeTo(temp);
            force(temp);
            moveOver(temp, target);
        } finally {
            TempFiles.discard(temp);
        }
    }

    /** Forces a staged file's content to disk, before it is renamed anywhere. */
    public static void force(Path staged) throws IOException {
        try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /**
     * Puts a staged, forced file under {@code target}'s name: it gets the replaced file's
     * permissions (a private file stays private), is renamed over it atomically where the system
     * can, and the folder is synced, since only then is the rename itself durable.
     */
    public static void moveOver(Path staged, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        TempFiles.keepPermissions(target, staged);
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network shares cannot rename atomically; the staged file is complete by now.
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncFolder(target.getParent());
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
