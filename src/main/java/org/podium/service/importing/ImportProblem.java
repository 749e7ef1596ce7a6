package org.podium.service.importing;

import org.podium.domain.Phrase;
import org.podium.exchange.csv.ReadProblem;

/**
 * Something wrong or noteworthy in an imported file, at the physical line it is on (1 is the
 * first line; 0 when it is about the whole file), as a phrase for the coordinator: the window
 * says it in its language, the command line in English.
 */
public record ImportProblem(long line, Kind kind, Phrase phrase) {
    /** How much of the import a problem stops. */
    public enum Kind {
        /** The file cannot be read on from here: nothing is imported. */
        FILE,
        /** This row cannot be imported; with "skip invalid rows" the others are. */
        ROW,
        /** The row is imported; the coordinator should know something about it. */
        NOTICE
    }

    static ImportProblem of(ReadProblem p) {
        return new ImportProblem(p.line(), Kind.valueOf(p.kind().name()), p.phrase());
    }

    static ImportProblem file(long line, String key, Object... args) {
        return new ImportProblem(line, Kind.FILE, Phrase.of(key, args));
    }

    static ImportProblem notice(long line, Phrase phrase) {
        return new ImportProblem(line, Kind.NOTICE, phrase);
    }

    /** Whether the problem keeps something out of the book. */
    public boolean isError() {
        return kind != Kind.NOTICE;
    }
}
