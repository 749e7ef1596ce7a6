package org.podium.service.documents;

import java.util.List;

/**
 * An event's cue sheet as lines of text in reading order, already worded: what the
 * moderator holds during the event. The window prints it and {@link CueSheetService} writes it
 * as PDF from the same lines, so paper and file always agree.
 */
public record CueSheet(String title, List<Line> lines) {
    public CueSheet {
        lines = List.copyOf(lines);
    }

    /**
     * How a line looks. All cells but the last sit in fixed columns of the given widths (in
     * points, after the indent); the last takes the rest of the width and wraps.
     */
    public enum Style {
        TITLE(0), SUBTITLE(0), FACT(0, 110), HEADING(0), SEAT(0, 22), SEAT_DETAIL(22), ITEM(0, 78, 50),
        ITEM_DETAIL(128), NOTE(0), WARNING(0), FOOTER(0);

        private final int indent;
        private final int[] columns;

        Style(int indent, int... columns) {
            this.indent = indent;
            this.columns = columns;
        }

        public int indent() {
            return indent;
        }

        public List<Integer> columns() {
            return java.util.Arrays.stream(columns).boxed().toList();
        }
    }

    /** One line: its style and its cells, as many as the style has columns plus one. */
    public record Line(Style style, List<String> cells) {
        public Line {
            cells = List.copyOf(cells);
        }

        public static Line of(Style style, String... cells) {
            return new Line(style, List.of(cells));
        }
    }

    /** The whole sheet as plain text, one line per line, cells separated by two spaces. */
    public String text() {
        StringBuilder b = new StringBuilder();
        for (Line line : lines) {
            b.append(String.join("  ", line.cells().stream().filter(c -> !c.isEmpty()).toList())).append('\n');
        }
        return b.toString();
    }
}
