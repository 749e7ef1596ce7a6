package org.podium.store;

import java.nio.file.Path;

/** A separate JVM that claims a book, says "locked", and holds it until its input closes. */
public final class BookLockChild {
    private BookLockChild() {
    }

    public static void main(String[] args) throws Exception {
        try (BookLock lock = BookLock.tryAcquire(Path.of(args[0])).orElseThrow()) {
            System.out.println("locked");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Held until the test closes our input or kills us.
            }
        }
    }
}
