package org.podium.ui.common;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;

/**
 * A form's Save and Revert in a bar fixed under the form, outside its scroll pane, so they stay
 * in view however long the form and wherever it is scrolled.
 */
public final class ActionBar {
    public static final String STYLE = "podium-action-bar";

    private ActionBar() {
    }

    /** The scrolling form with its actions fixed below it. */
    public static BorderPane under(Region form, Node actions) {
        BorderPane pane = new BorderPane(form);
        BorderPane bar = new BorderPane(actions);
        bar.getStyleClass().add(STYLE);
        bar.setPadding(new Insets(8, 16, 8, 16));
        pane.setBottom(bar);
        return pane;
    }
}
