package org.podium.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Table columns over read-only row records. */
public final class Columns {
    private Columns() {
    }

    /** A column headed by the bundle text of {@code key} showing one value of each row. */
    public static <R, V> TableColumn<R, V> of(String key, Function<R, V> value, double width) {
        TableColumn<R, V> column = new TableColumn<>(Messages.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
