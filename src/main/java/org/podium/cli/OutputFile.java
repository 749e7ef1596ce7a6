package org.podium.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code -o FILE} of a command that writes one file; {@code -o -} writes it to standard output. */
final class OutputFile {
    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The file to write, or -"
            + " for standard output; an existing file is replaced only once the new one is complete.")
    Path named;

    /** The file to write: {@code /dev/stdout} for {@code -}, which every writer of Podium writes to directly. */
    Path path() {
        return PodiumCli.output(named);
    }
}
