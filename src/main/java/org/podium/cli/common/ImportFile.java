package org.podium.cli.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.podium.service.importing.ImportOptions;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What the two import commands (registrants and attendance) read and how: the event, the file
 * ({@code -} for standard input), its format, and whether bad rows are skipped or nothing is written.
 */
public final class ImportFile {
    /** The name problems read from standard input are reported against: "stdin:12: …". */
    static final String STANDARD_INPUT_NAME = "stdin";

    @Option(names = "--event", required = true, paramLabel = "ID", description = "The event.")
    String event;
    @Parameters(paramLabel = "FILE", description = "The file to read, or - for standard input.")
    Path file;
    @Option(names = "--format", defaultValue = "auto", paramLabel = "FORMAT", completionCandidates = Choices.ImportFormats.class,
            description = "${COMPLETION-CANDIDATES}: auto (the default) detects it; full is for registrants only.")
    String format;
    @Option(names = "--skip-invalid", description = "Use the good rows of a file that has bad ones.")
    public boolean skipInvalid;
    @Option(names = "--dry-run", description = "Check and count everything; write nothing.")
    boolean dryRun;

    public long eventId() {
        return Parse.id("event", event);
    }

    public ImportOptions options() {
        return ImportOptions.defaults().withFormat(Parse.choice("format", format, ImportOptions.Format.class))
                .withSkipInvalid(skipInvalid).withDryRun(dryRun);
    }

    /**
     * The file to read. Standard input is read once into a temporary file named "stdin" first:
     * detection reads the start of a file before its rows, and a pipe cannot be read twice. The
     * bytes are the same, so the detection, the line numbers and the messages are too.
     */
    public Staged staged(InputStream standardInput) {
        if (!file.toString().equals(OutputFile.STANDARD_STREAM)) {
            return new Staged(file, null);
        }
        try {
            Path folder = Files.createTempDirectory("podium-stdin");
            Path copy = folder.resolve(STANDARD_INPUT_NAME);
            Files.copy(standardInput, copy, StandardCopyOption.REPLACE_EXISTING);
            return new Staged(copy, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }

    /** The file to import, and the temporary folder that holds standard input's copy, removed on close. */
    public record Staged(Path path, Path folder) implements AutoCloseable {
        @Override
        public void close() {
            if (folder != null) {
                try {
                    Files.deleteIfExists(path);
                    Files.deleteIfExists(folder);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot remove the copy of standard input in " + folder, e);
                }
            }
        }
    }
}
