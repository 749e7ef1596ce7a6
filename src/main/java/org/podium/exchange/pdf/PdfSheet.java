package org.podium.exchange.pdf;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What {@link PdfSheetWriter} lays out: a document title and lines of already worded text,
 * each with a look, an indent and fixed columns for all its cells but the last, which wraps.
 */
public record PdfSheet(String title, Instant created, List<Line> lines) {
    public PdfSheet {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(created, "created");
        lines = List.copyOf(lines);
    }

    /** How a line's text looks. */
    public enum Look {
        TITLE, SUBTITLE, HEADING, TEXT, MUTED, WARNING
    }

    /**
     * One line of the sheet.
     *
     * @param indent points from the left margin
     * @param columns widths in points of the fixed cells, one fewer than {@code cells}
     */
    public record Line(Look look, int indent, List<Integer> columns, List<String> cells) {
        public Line {
            Objects.requireNonNull(look, "look");
            columns = List.copyOf(columns);
            cells = List.copyOf(cells);
            if (cells.isEmpty() || columns.size() != cells.size() - 1) {
                throw new IllegalArgumentException(cells.size() + " cells do not fit " + columns.size() + " columns");
            }
        }
    }
}
