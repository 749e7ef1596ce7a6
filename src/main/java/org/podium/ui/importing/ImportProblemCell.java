package org.podium.ui.importing;

import javafx.scene.control.ListCell;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.StyleClasses;

/**
 * One problem in the import dialog's list: its icon, its line and its sentence, wrapped to the
 * list's width. Unwrapped, a long sentence (a value quoted whole) ran past the list's edge and
 * needed the horizontal scroll bar to be read.
 */
final class ImportProblemCell extends ListCell<ImportProblemLine> {
    ImportProblemCell() {
        setWrapText(true);
        // No width of its own: the list gives every cell the width it shows, and the text wraps in it.
        setPrefWidth(0);
        // The theme's one height for every cell would cut the wrapped lines: podium.css lets it grow.
        getStyleClass().add(StyleClasses.WRAPPED_CELL);
    }

    @Override
    protected void updateItem(ImportProblemLine p, boolean empty) {
        super.updateItem(p, empty);
        if (empty || p == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        setText(p.where() + " — " + p.message());
        FontIcon icon = new FontIcon(p.error() ? Feather.X_CIRCLE : Feather.INFO);
        icon.getStyleClass().add(p.error() ? StyleClasses.ICON_DANGER : StyleClasses.ICON_WARNING);
        setGraphic(icon);
    }
}
