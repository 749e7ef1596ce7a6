package org.podium.exchange.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's bytes that can be read from the start more than once: detection reads the file
 * before the rows are read, and nothing is ever held in memory whole.
 */
public interface ByteSource {
    InputStream open() throws IOException;

    /** The number of bytes, for progress; -1 when unknown. */
    long size();

    /** The name problems are reported against, such as the file name. */
    String name();

    static ByteSource of(Path file) {
        return new ByteSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    // Only progress depends on the size; reading will report the real failure.
                    return -1;
                }
            }

            @Override
            public String name() {
                Path name = file.getFileName();
                return name == null ? file.toString() : name.toString();
            }
        };
    }

    static ByteSource of(byte[] bytes, String name) {
        byte[] copy = bytes.clone();
        return new ByteSource() {
            @Override
            public InputStream open() {
                return new ByteArrayInputStream(copy);
            }

            @Override
            public long size() {
                return copy.length;
            }

            @Override
            public String name() {
                return name;
            }
        };
    }
}
