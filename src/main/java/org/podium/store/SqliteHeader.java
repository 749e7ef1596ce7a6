package org.podium.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What the first bytes of a file say it is: every SQLite database starts with the same sixteen. */
final class SqliteHeader {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** An empty file (which SQLite makes a new database of), an SQLite database, or something else. */
    enum Kind { EMPTY, SQLITE, OTHER }

    private SqliteHeader() {
    }

    /** Reads the file's first bytes, and nothing else. */
    static Kind of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(MAGIC.length);
            if (head.length == 0) {
                return Kind.EMPTY;
            }
            return Arrays.equals(head, MAGIC) ? Kind.SQLITE : Kind.OTHER;
        }
    }
}
