package org.podium.exchange.csv;

/**
 * Something wrong or noteworthy in a file, at a physical line (1 is the first line; 0 when
 * it concerns the file as a whole, such as a file that cannot be opened).
 */
public record ReadProblem(long line, Kind kind, String message) {
    /** How much of the import a problem stops. */
    public enum Kind {
        /** The file cannot be read past this point: nothing can be imported. */
        FILE,
        /** This row cannot be imported; the others can. */
        ROW,
        /** The row is imported, but the coordinator should know something about it. */
        NOTICE
    }

    public static ReadProblem file(long line, String message) {
        return new ReadProblem(line, Kind.FILE, message);
    }

    public static ReadProblem row(long line, String message) {
        return new ReadProblem(line, Kind.ROW, message);
    }

    public static ReadProblem notice(long line, String message) {
        return new ReadProblem(line, Kind.NOTICE, message);
    }
}
