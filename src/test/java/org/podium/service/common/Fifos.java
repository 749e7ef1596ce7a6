package org.podium.service.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** Named pipes for tests of outputs that must be written to, never replaced: made by mkfifo, read by a thread. */
public final class Fifos {
    private Fifos() {
    }

    /** Makes a FIFO at {@code path} with the system's mkfifo. */
    public static Path make(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (mkfifo.waitFor() != 0 || !isFifo(path)) {
            throw new IOException("mkfifo " + path + " failed");
        }
        return path;
    }

    /**
     * Reads the pipe to its end on a daemon thread: its open waits for a writer, and a pipe that
     * was replaced by a file never gets one, so the thread must not hold the tests' JVM open.
     */
    public static CompletableFuture<byte[]> read(Path pipe) {
        CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (InputStream in = Files.newInputStream(pipe)) {
                bytes.complete(in.readAllBytes());
            } catch (IOException | RuntimeException e) {
                bytes.completeExceptionally(e);
            }
        }, "fifo-reader");
        reader.setDaemon(true);
        reader.start();
        return bytes;
    }

    /** Whether {@code path} is a FIFO, not following a link. */
    public static boolean isFifo(Path path) throws IOException {
        return ((Integer) Files.getAttribute(path, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS) & 0170000)
                == 0010000;
    }
}
