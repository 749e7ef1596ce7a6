package org.podium.ui.forms;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;

/** Puts the cursor in a field of a form just shown, and keeps it there while the form is shown again. */
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
            whenInWindow(node, () -> Platform.runLater(node::requestFocus));
        });
    }

    /**
     * Keeps the focus in {@code form} through a moment it leaves the window or hides, as a new
     * record's form does when it is saved and shown again as the stored record: the field that
     * had the focus takes it back once the form is shown, the caret where it was, so the keys
     * typed after Ctrl+S go on into the form and not into whatever the window focused meanwhile
     * (the search). Unless the coordinator put the focus somewhere else in that moment.
     */
    public static void keepThrough(Node form) {
        new Keeper(form);
    }

    private static void whenInWindow(Node node, Runnable then) {
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                if (now != null) {
                    obs.removeListener(this);
                    then.run();
                }
            }
        });
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShown(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Watches the focus of the window {@code form} is in. */
    private static final class Keeper {
        private final Node form;
        private final ChangeListener<Node> focusMoved = (obs, old, now) -> moved(old, now);
        private Scene watched;
        private Node lost;
        private Node standIn;
        private int anchor;
        private int caret;

        Keeper(Node form) {
            this.form = form;
            // The window the form was last in is watched while the form is out of it: that is
            // when the window moves the focus away.
            form.sceneProperty().addListener((obs, old, now) -> {
                if (now != null && now != watched) {
                    if (watched != null) {
                        watched.focusOwnerProperty().removeListener(focusMoved);
                    }
                    watched = now;
                    now.focusOwnerProperty().addListener(focusMoved);
                }
                if (now != null) {
                    Platform.runLater(this::giveBack);
                }
            });
            if (form.getScene() != null) {
                watched = form.getScene();
                watched.focusOwnerProperty().addListener(focusMoved);
            }
            form.visibleProperty().addListener((obs, was, now) -> {
                if (now) {
                    Platform.runLater(this::giveBack);
                }
            });
        }

        private void moved(Node old, Node now) {
            if (old != null && isInside(old, form) && !isShown(old)) {
                // The window moved the focus away because the field left it: remember the field.
                lost = old;
                standIn = now;
                anchor = old instanceof TextInputControl t ? t.getAnchor() : -1;
                caret = old instanceof TextInputControl t ? t.getCaretPosition() : -1;
                if (old.getScene() == null) {
                    whenInWindow(old, () -> Platform.runLater(this::giveBack));
                }
            } else if (lost != null && now != null && now != lost) {
                if (old == null) {
                    // The window focused something after focusing nothing: still its choice.
                    standIn = now;
                } else {
                    // The coordinator put the focus somewhere: it stays there.
                    lost = null;
                }
            }
        }

        private void giveBack() {
            Node field = lost;
            if (field == null || !isShown(field) || field.getScene().getFocusOwner() != standIn) {
                return;
            }
            lost = null;
            field.requestFocus();
            if (field instanceof TextInputControl t && anchor >= 0) {
                t.selectRange(anchor, caret);
            }
        }
    }
}
