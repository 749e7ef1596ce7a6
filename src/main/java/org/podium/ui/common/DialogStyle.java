package org.podium.ui.common;

import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Gives every dialog of the window the window's own stylesheet: a dialog is a scene of its own,
 * and without it kept the theme's bare layout (the import dialog's content touched its edges)
 * and none of Podium's chips, rows and bars. Its root wears {@link StyleClasses#DIALOG}, which
 * draws its edge.
 */
public final class DialogStyle {
    private DialogStyle() {
    }

    /** Whether dialogs without an owner follow a stylesheet already. */
    private static boolean ownerlessFollowed;

    /** From now on every stage owned, directly or through another, by {@code window} uses {@code css} too. */
    public static void follow(Window window, String css) {
        if (window.getProperties().putIfAbsent(DialogStyle.class, Boolean.TRUE) != null) {
            return;
        }
        watch(css, stage -> ownedBy(stage, window));
    }

    /**
     * From now on every stage shown without an owner uses {@code css} too, except the windows
     * whose dialogs {@link #follow} it: the dialogs shown at start-up, before there is a window to
     * own them (Open team book for a team book that refuses, a book another window holds), had
     * the theme's bare look. Called on the FX thread; a second call changes nothing.
     */
    public static void followOwnerless(String css) {
        if (ownerlessFollowed) {
            return;
        }
        ownerlessFollowed = true;
        watch(css, stage -> stage.getOwner() == null && !stage.getProperties().containsKey(DialogStyle.class));
    }

    private static void watch(String css, Predicate<Stage> dialog) {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    if (added instanceof Stage stage && !(added instanceof PopupWindow) && dialog.test(stage)) {
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
        if (scene == null) {
            return;
        }
        if (!scene.getStylesheets().contains(css)) {
            scene.getStylesheets().add(css);
        }
        mark(scene.getRoot());
        scene.rootProperty().addListener((obs, old, root) -> mark(root));
    }

    private static void mark(Parent root) {
        if (root != null && !root.getStyleClass().contains(StyleClasses.DIALOG)) {
            root.getStyleClass().add(StyleClasses.DIALOG);
        }
    }
}
