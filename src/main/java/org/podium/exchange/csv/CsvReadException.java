package org.podium.exchange.csv;

import java.io.IOException;
import java.util.Locale;
import org.podium.domain.Phrase;

/**
 * A file that cannot be read past some line: empty, not text, no email column, a quote that
 * never closes. It carries the one problem to show, to be said in the reader's language; its
 * message is the English sentence, for logs and the command line. Nothing from such a file is
 * imported.
 */
public final class CsvReadException extends RuntimeException {
    private final transient ReadProblem problem;

    public CsvReadException(long line, String key, Object... args) {
        this(line, Phrase.of(key, args), null);
    }

    public CsvReadException(long line, Phrase phrase, Throwable cause) {
        super(phrase.in(Locale.ENGLISH), cause);
        this.problem = ReadProblem.file(line, phrase);
    }

    /** A file that cannot be opened or read on: its name and the system's reason, about the whole file. */
    static CsvReadException cannotRead(ByteSource source, IOException e) {
        return new CsvReadException(0, Phrase.of("problem.file.cannotRead", source.name(), EncodingDetector.reason(e)),
                e);
    }

    public ReadProblem problem() {
        return problem;
    }
}
