package org.podium.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * A choice box whose first choice is "all" (a null value, named by the converter), as the
 * filter bars use, as wide as its longest choice with its arrow, whichever is shown. JavaFX's
 * skin sizes a choice box by its popup, whose first measure (before it has ever opened) is
 * well off, and by the label with its arrow button; and the theme draws that arrow as an
 * unscaled shape on a button of no size. So "All series" over a series named "ADMin4ALL" ran
 * under the arrow, and a box holding only "All series" was twice as wide as its text.
 */
public final class FilterChoiceBox<T> extends ChoiceBox<T> {
    /** Room between the end of the text and the arrow, in pixels. */
    private static final double GAP = 4;

    public FilterChoiceBox() {
        setMinWidth(Region.USE_PREF_SIZE);
        // The skin measures again when choices are added or renamed, not when the list is replaced.
        itemsProperty().addListener((observable, before, after) -> requestLayout());
    }

    @Override
    protected double computePrefWidth(double height) {
        Node label = lookup(".label");
        Node button = lookup(".open-button");
        if (!(label instanceof Label shown) || !(button instanceof Region open)) {
            return super.computePrefWidth(height);
        }
        double widest = shown.prefWidth(-1);
        StringConverter<T> converter = getConverter();
        if (converter != null) {
            Text measure = new Text();
            measure.setFont(shown.getFont());
            double padding = shown.snappedLeftInset() + shown.snappedRightInset();
            for (T item : getItems()) {
                measure.setText(converter.toString(item));
                widest = Math.max(widest, Math.ceil(measure.getLayoutBounds().getWidth()) + padding);
            }
        }
        double arrow = lookup(".arrow") instanceof Region drawn && drawn.getShape() != null
                ? drawn.getShape().getLayoutBounds().getWidth() / 2 + GAP : 0;
        return snapSizeX(snappedLeftInset() + widest + Math.max(open.prefWidth(-1), arrow) + snappedRightInset());
    }
}
