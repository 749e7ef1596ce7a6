package org.podium.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A choice box whose first choice is "all" (a null value, named by the converter), as the
 * filter bars use, always wide enough for the text it shows. JavaFX's skin takes the wider of
 * the popup's items and the label with its arrow button, and the theme draws that arrow as an
 * unscaled shape centred on a button of no size, so a label longer than every item ("All
 * series" over a series named "ADMin4ALL") ran under the arrow. Here the arrow's own width is
 * kept free beside the label.
 */
public final class FilterChoiceBox<T> extends ChoiceBox<T> {
    /** Room between the end of the text and the arrow, in pixels. */
    private static final double GAP = 4;

    public FilterChoiceBox() {
        setMinWidth(Region.USE_PREF_SIZE);
        // Another value can be a longer text: measure again.
        valueProperty().addListener((observable, before, after) -> requestLayout());
    }

    @Override
    protected double computePrefWidth(double height) {
        double skinWidth = super.computePrefWidth(height);
        Node label = lookup(".label");
        Node button = lookup(".open-button");
        if (!(label instanceof Label text) || !(button instanceof Region open)) {
            return skinWidth;
        }
        double arrow = lookup(".arrow") instanceof Region drawn && drawn.getShape() != null
                ? drawn.getShape().getLayoutBounds().getWidth() / 2 + GAP : 0;
        double needed = snappedLeftInset() + text.prefWidth(-1) + Math.max(open.prefWidth(-1), arrow)
                + snappedRightInset();
        return Math.max(skinWidth, snapSizeX(needed));
    }
}
