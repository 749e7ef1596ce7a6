package org.podium.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

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

    /** The form's content in a scroll pane, with its actions fixed below it. */
    public static BorderPane underScrolling(Region content, Node actions) {
        content.setPadding(new Insets(12, 16, 24, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return under(scroll, actions);
    }

    /**
     * Save (the default button, disabled while {@code cannotSave}) and Revert (enabled while
     * the form is {@code dirty}), followed by anything else the form shows beside them.
     */
    public static HBox saveAndRevert(String saveId, ObservableBooleanValue cannotSave, Runnable save,
                                     ObservableBooleanValue dirty, Runnable revert, Node... more) {
        Button saving = new Button(Messages.get("common.save"), new FontIcon(Feather.CHECK));
        saving.setId(saveId);
        saving.setDefaultButton(true);
        saving.getStyleClass().add(Styles.ACCENT);
        saving.disableProperty().bind(cannotSave);
        saving.setOnAction(e -> save.run());
        Button reverting = new Button(Messages.get("form.revert"), new FontIcon(Feather.ROTATE_CCW));
        reverting.disableProperty().bind(javafx.beans.binding.Bindings.not(dirty));
        reverting.setOnAction(e -> revert.run());
        HBox bar = new HBox(8, saving, reverting);
        bar.getChildren().addAll(more);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
