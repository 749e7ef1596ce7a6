package org.podium.ui.forms;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/** Puts the cursor in a field of a form just shown, as soon as the field is in the window. */
public final class Focus {
    private Focus() {
    }

    /**
     * Focuses {@code node} after the current event; a field in a scroll pane shown for the first
     * time is only in the window once the pane has been laid out, so it is focused then.
     */
    public static void soon(Node node) {
        Platform.runLater(() -> {
            if (node.getScene() != null) {
                node.requestFocus();
                return;
            }
            node.sceneProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                    if (now != null) {
                        node.sceneProperty().removeListener(this);
                        Platform.runLater(node::requestFocus);
                    }
                }
            });
        });
    }
}
