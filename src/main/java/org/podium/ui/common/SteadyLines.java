package org.podium.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Labeled;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Lines of text that come and go without moving what is around them: a reason or an error that
 * keeps its place while it has nothing to say, so the controls beside it stay under the pointer
 * and the dialog holding it keeps its size.
 */
public final class SteadyLines {
    private SteadyLines() {
    }

    /**
     * The last words {@code text} said: what it says while it says something, and what it said
     * last once it falls silent. Shown in a label made visible only while {@code text} is not
     * empty, the label keeps its height, unseen.
     */
    public static ObservableValue<String> lastWords(ObservableValue<String> text) {
        StringProperty last = new SimpleStringProperty(text.getValue() == null ? "" : text.getValue());
        text.addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                last.set(now);
            }
        });
        return last;
    }

    /** Keeps room for {@code lines} lines of {@code label}'s own font, even before it says anything. */
    public static <L extends Labeled> L reserve(L label, int lines) {
        label.minHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            Text line = new Text("Ág");
            line.setFont(label.getFont() == null ? Font.getDefault() : label.getFont());
            return Math.ceil(lines * line.getLayoutBounds().getHeight()
                    + label.getInsets().getTop() + label.getInsets().getBottom());
        }, label.fontProperty(), label.insetsProperty()));
        return label;
    }
}
