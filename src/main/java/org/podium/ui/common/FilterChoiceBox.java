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
 * well off: a box holding only "All series" was twice as wide as its text. The arrow's own
 * room is the stylesheet's (podium.css, {@code .choice-box > .open-button}).
 */
public final class FilterChoiceBox<T> extends ChoiceBox<T> {
    /** A choice box of each of {@code values}, named in the interface language, with no "all". */
    public static <E extends Enum<E>> ChoiceBox<E> ofEach(E[] values) {
        ChoiceBox<E> box = new FilterChoiceBox<>();
        box.getItems().setAll(values);
        box.setConverter(Converters.picked(Texts::of));
        return box;
    }

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
        return snapSizeX(snappedLeftInset() + widest + open.prefWidth(-1) + snappedRightInset());
    }
}
