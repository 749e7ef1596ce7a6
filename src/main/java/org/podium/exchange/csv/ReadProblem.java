package org.podium.exchange.csv;

import org.podium.domain.Phrase;

/**
 * Something wrong or noteworthy in a file, at a physical line (1 is the first line; 0 when
 * it concerns the file as a whole, such as a file that cannot be opened), as a phrase to be
 * said in the reader's language.
 */
public record ReadProblem(long line, Kind kind, Phrase phrase) {
    /** How much of the import a problem stops. */
    public enum Kind {
        /** The file cannot be read past this point: nothing can be imported. */
        FILE,
        /** This row cannot be imported; the others can. */
        ROW,
        /** The row is imported, but the coordinator should know something about it. */
        NOTICE
    }

    public static ReadProblem file(long line, Phrase phrase) {
        return new ReadProblem(line, Kind.FILE, phrase);
    }

    public static ReadProblem row(long line, Phrase phrase) {
        return new ReadProblem(line, Kind.ROW, phrase);
    }

    public static ReadProblem notice(long line, Phrase phrase) {
        return new ReadProblem(line, Kind.NOTICE, phrase);
    }
}
