package org.podium.cli.common;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -o FILE} of a command that writes one file; {@code -o -} writes it to standard output. */
public final class OutputFile {
    /** The file name that stands for standard output after -o, and for standard input as an input file. */
    public static final String STANDARD_STREAM = "-";


    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write, or -"
            + " for standard output; an existing file is replaced only once the new one is complete.")
    Path named;

    /** The file to write: {@code /dev/stdout} for {@code -}, which every writer of Podium writes to directly. */
    public Path path() {
        return resolve(named);
    }

    /** The file {@code -o} names, with {@code -} standing for standard output. */
    public static Path resolve(Path named) {
        return named.toString().equals(STANDARD_STREAM) ? Path.of("/dev/stdout") : named;
    }
}
