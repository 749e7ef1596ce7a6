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
import java.util.concurrent.CompletableFuture;
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
                 WriteBehind out = new WriteBehind(channel)) {
                content.writeTo(out);
                out.flush();
                out.awaitForced();
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

    /**
     * Writes to the channel and hands what is written to the disk while the rest is still coming:
     * each time another {@link #STRIDE} bytes are in, a helper thread forces the file, so the
     * force before the rename is left only the last part to wait for (a 70 MB export waited
     * some 35 ms for it at the end). A small file never starts the helper.
     */
    private static final class WriteBehind extends OutputStream {
        static final long STRIDE = 8L << 20;
        private final FileChannel channel;
        private final OutputStream out;
        private long written;
        private long nextForce = STRIDE;
        /** The last force handed to a helper; join waits for it without giving up the caller's interrupt. */
        private CompletableFuture<Void> forcing = CompletableFuture.completedFuture(null);
        private volatile IOException failure;

        WriteBehind(FileChannel channel) {
            this.channel = channel;
            this.out = Channels.newOutputStream(channel);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            wrote(1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            wrote(len);
        }

        private void wrote(int bytes) throws IOException {
            written += bytes;
            if (written >= nextForce) {
                nextForce = written + STRIDE;
                // One force at a time: while the last one still runs, the next stride waits its turn.
                if (forcing.isDone()) {
                    rethrow();
                    forcing = CompletableFuture.runAsync(this::force, WriteBehind::helper);
                }
            }
        }

        private static void helper(Runnable force) {
            Thread thread = new Thread(force, "podium-write-behind");
            thread.setDaemon(true);
            thread.start();
        }

        private void force() {
            try {
                channel.force(false);
            } catch (IOException e) {
                failure = e;
            }
        }

        /** Waits for the helper's last force; its failure is the write's. */
        void awaitForced() throws IOException {
            forcing.join();
            rethrow();
        }

        private void rethrow() throws IOException {
            if (failure != null) {
                throw failure;
            }
        }

        /**
         * Closes the channel once no force runs on it. A force's failure is not thrown here: the
         * write has either reported it already or failed for its own reason, which it keeps.
         */
        @Override
        public void close() throws IOException {
            forcing.join();
            out.close();
        }
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
