package org.podium.ui.common;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** What every dialog of the window shares: Ctrl+W closes it, as Escape does, the way a cancel would. */
public final class Dialogs {
    public static final KeyCombination CLOSE = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private Dialogs() {
    }

    /**
     * A Cancel button in the window's language. JavaFX's own {@link ButtonType#CANCEL} speaks the
     * system's language, which the coordinator may have set Podium apart from.
     */
    public static ButtonType cancel() {
        return new ButtonType(Messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Lets Ctrl+W close {@code dialog} through its cancelling button, or its only button. */
    public static <T extends Dialog<?>> T closedByShortcut(T dialog) {
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CLOSE.match(e)) {
                e.consume();
                ButtonType cancel = dialog.getDialogPane().getButtonTypes().stream()
                        .filter(b -> b.getButtonData().isCancelButton()
                                || b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE)
                        .findFirst().orElse(null);
                javafx.scene.Node button = cancel == null ? null : dialog.getDialogPane().lookupButton(cancel);
                if (button instanceof javafx.scene.control.Button b) {
                    b.fire();
                } else if (dialog.getDialogPane().getButtonTypes().size() == 1) {
                    // A lone button (OK, Close) only dismisses what the dialog says.
                    javafx.scene.Node only = dialog.getDialogPane().lookupButton(
                            dialog.getDialogPane().getButtonTypes().get(0));
                    if (only instanceof javafx.scene.control.Button b) {
                        b.fire();
                    }
                }
            }
        });
        return dialog;
    }
}
