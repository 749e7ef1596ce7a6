package org.podium.exchange.csv;

import java.util.List;
import org.podium.domain.Phrase;

/**
 * One record of a delimited file: its fields, the physical lines it spans, and the first
 * problem found while reading it (null if none), on {@code problemLine}.
 */
record CsvRecord(List<String> fields, long firstLine, long lastLine, long problemLine, Phrase problem) {
    /** A line with nothing in it, or only separators: spreadsheets leave these at the end. */
    boolean isBlank() {
        if (problem != null) {
            return false;
        }
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }

    String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }
}
