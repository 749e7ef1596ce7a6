package org.podium.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Gives every dialog of the window the window's own stylesheet: a dialog is a scene of its own,
 * and without it kept the theme's bare layout (the import dialog's content touched its edges)
 * and none of Podium's chips, rows and bars.
 */
public final class DialogStyle {
    private DialogStyle() {
    }

    /** From now on every stage owned, directly or through another, by {@code window} uses {@code css} too. */
    public static void follow(Window window, String css) {
        if (window.getProperties().putIfAbsent(DialogStyle.class, Boolean.TRUE) != null) {
            return;
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added instanceof Stage stage && !(added instanceof PopupWindow) && ownedBy(stage, window)) {
                        add(stage.getScene(), css);
                        stage.sceneProperty().addListener((obs, old, scene) -> add(scene, css));
                    }
                }
            }
        });
    }

    private static boolean ownedBy(Stage stage, Window window) {
        Window owner = stage.getOwner();
        while (owner != null && owner != window) {
            owner = owner instanceof Stage s ? s.getOwner() : owner instanceof PopupWindow p ? p.getOwnerWindow() : null;
        }
        return owner == window;
    }

    private static void add(Scene scene, String css) {
        if (scene != null && !scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
    }
}
