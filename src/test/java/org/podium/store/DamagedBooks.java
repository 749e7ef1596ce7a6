package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.Random;

/** Books damaged on purpose, as a failing disk or an interrupted copy leaves them. */
public final class DamagedBooks {
    private DamagedBooks() {
    }

    /** Series names enough to fill several pages of a book, so there is a page in the middle to damage. */
    public static String[] seriesFillingPages() {
        String[] names = new String[400];
        for (int i = 0; i < names.length; i++) {
            names[i] = "A series with a long enough name to fill pages, number " + i;
        }
        return names;
    }

    /**
     * Overwrites a whole page in the middle of the book with noise, leaving the header page
     * intact, whatever page size the book has. The book must hold more than two pages.
     */
    public static Path corrupt(Path book) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(book.toFile(), "rw")) {
            file.seek(16);
            int pageSize = file.readUnsignedShort();
            long pages = file.length() / pageSize;
            assertThat(pages).as("pages in the book").isGreaterThan(2);
            byte[] noise = new byte[pageSize];
            new Random(7).nextBytes(noise);
            file.seek(pages / 2 * pageSize);
            file.write(noise);
        }
        return book;
    }
}
