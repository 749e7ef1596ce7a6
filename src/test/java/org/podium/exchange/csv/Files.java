package org.podium.exchange.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small ways into the reader for tests: text or bytes in, layout and rows out. */
final class Files {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private Files() {
    }

    static ByteSource text(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static ByteSource text(String text, Charset charset) {
        return bytes(text.getBytes(charset));
    }

    static ByteSource bytes(byte[] bytes) {
        return ByteSource.of(bytes, "test.csv");
    }

    /** A fixture file of this package, by name. */
    static ByteSource fixture(String name) {
        try (InputStream in = Files.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return ByteSource.of(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FileLayout layout(ByteSource source) {
        return LayoutDetector.detect(source, Set.of());
    }

    /** Every row of the file, as the registrant import reads it. */
    static List<ReadRow> rows(ByteSource source) {
        FileLayout layout = layout(source);
        List<ReadRow> rows = new ArrayList<>();
        try (RowReader reader = RowReader.open(source, layout, null, ROME, true)) {
            for (ReadRow r = reader.next(); r != null; r = reader.next()) {
                rows.add(r);
            }
        }
        return rows;
    }

    static List<ReadRow> rows(String text) {
        return rows(text(text));
    }
}
