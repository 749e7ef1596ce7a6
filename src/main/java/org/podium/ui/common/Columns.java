package org.podium.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Table columns over read-only row records. */
public final class Columns {
    // The theme's table headings: 14 px bold; padding on both sides, and room for the sort arrow.
    private static final double HEADER_FONT_SIZE = 14;
    private static final double HEADER_PADDING = 34;
    // A status chip (podium.css): 0.9em of the theme's 14 px, 8 px inside on each side, in a
    // cell padded 0.5em on each side, with a pixel or two for its border and rounding.
    private static final double CHIP_FONT_SIZE = 14 * 0.9;
    private static final double CHIP_PADDING = 16 + 14 + 4;
    private Columns() {
    }

    /** A column headed by the bundle text of {@code key} showing one value of each row. */
    public static <R, V> TableColumn<R, V> of(String key, Function<R, V> value, double width) {
        TableColumn<R, V> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return fitHeader(column);
    }

    /**
     * Makes the column never narrower than its heading, so "Consenso" or "FIRSTNAME" is never
     * drawn cut short, whatever the language; returns the column.
     */
    public static <R, V> TableColumn<R, V> fitHeader(TableColumn<R, V> column) {
        double header = headerWidth(column.getText());
        column.setMinWidth(Math.max(column.getMinWidth(), header));
        column.setPrefWidth(Math.max(column.getPrefWidth(), header));
        return column;
    }

    /**
     * A column showing each row's status as a chip, never narrower than its heading nor than the
     * longest of {@code statuses} in the interface's language ("In lista d’attesa"), so no chip
     * is drawn cut short; {@code width} is the least it takes.
     */
    public static <R, E extends Enum<E>> TableColumn<R, E> statuses(String key, Function<R, E> value, E[] statuses,
                                                                   double width) {
        Font chipFont = Font.font(Font.getDefault().getFamily(), CHIP_FONT_SIZE);
        double chips = 0;
        for (E status : statuses) {
            chips = Math.max(chips, textWidth(Texts.of(status), chipFont) + CHIP_PADDING);
        }
        TableColumn<R, E> column = of(key, value, Math.max(width, chips));
        column.setMinWidth(Math.max(column.getMinWidth(), chips));
        column.setCellFactory(c -> new StatusChipCell<>());
        return column;
    }

    /** The width a heading needs: its text in the theme's bold header font, the cell padding and the sort arrow. */
    static double headerWidth(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return textWidth(text, Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, HEADER_FONT_SIZE))
                + HEADER_PADDING;
    }

    private static double textWidth(String text, Font font) {
        Text measured = new Text(text);
        measured.setFont(font);
        return Math.ceil(measured.getLayoutBounds().getWidth());
    }
}
