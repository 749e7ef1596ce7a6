package org.podium.exchange.csv;

import java.util.List;

/**
 * What one record of a file gave: the row, or null when a problem keeps it out, and every
 * problem or notice about it. {@code line} is the physical line the record starts on.
 */
public record ReadRow(long line, RegistrantRow row, List<ReadProblem> problems) {
    public ReadRow {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return row != null;
    }
}
