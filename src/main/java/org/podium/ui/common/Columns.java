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

    /** The width a heading needs: its text in the theme's bold header font, the cell padding and the sort arrow. */
    static double headerWidth(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        Text measured = new Text(text);
        measured.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, HEADER_FONT_SIZE));
        return Math.ceil(measured.getLayoutBounds().getWidth()) + HEADER_PADDING;
    }
}
