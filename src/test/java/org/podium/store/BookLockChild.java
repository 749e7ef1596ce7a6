package org.podium.store;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A separate JVM that holds a book, says "locked", and holds it until its input closes: as a
 * window claims it (no mode), as an open book holds it for writing ("writer"), or both, as a
 * window with its book open does ("window-writer").
 */
public final class BookLockChild {
    private BookLockChild() {
    }

    public static void main(String[] args) throws Exception {
        Path book = Path.of(args[0]);
        String mode = args.length > 1 ? args[1] : "window";
        try (BookLock window = mode.startsWith("window") ? BookLock.tryAcquire(book).orElseThrow() : null;
             BookLock.Hold writing = mode.endsWith("writer") ? BookLock.forWriting(book, Duration.ZERO) : null) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Held until the test closes our input or kills us.
            }
        }
    }
}
