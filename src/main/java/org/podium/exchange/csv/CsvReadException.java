package org.podium.exchange.csv;

/**
 * A file that cannot be read past some line: empty, not text, no email column, a quote that
 * never closes. It carries the one problem to show; nothing from such a file is imported.
 */
public final class CsvReadException extends RuntimeException {
    private final transient ReadProblem problem;

    public CsvReadException(long line, String message) {
        this(line, message, null);
    }

    public CsvReadException(long line, String message, Throwable cause) {
        super(message, cause);
        this.problem = ReadProblem.file(line, message);
    }

    public ReadProblem problem() {
        return problem;
    }
}
