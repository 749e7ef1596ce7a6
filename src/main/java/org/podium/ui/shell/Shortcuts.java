package org.podium.ui.shell;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.podium.ui.common.Dialogs;
import org.podium.ui.common.Messages;

/** The window's keyboard shortcuts: the menus' accelerators, and the sheet that lists every one. */
final class Shortcuts {
    static final KeyCombination NEW_EVENT = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REVERT = new KeyCodeCombination(KeyCode.ESCAPE);
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination RELOAD = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination QUIT = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination DELETE = new KeyCodeCombination(KeyCode.DELETE);
    static final List<KeyCombination> TABS = List.of(
            new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN),
            new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN));

    /** One line of the sheet: the keys as the platform writes them, and the message key of what they do. */
    record Line(String keys, String action) {
    }

    private Shortcuts() {
    }

    /** Every shortcut, in the order the sheet lists them. */
    static List<Line> sheet() {
        return List.of(
                new Line(NEW_EVENT.getDisplayText(), "menu.edit.newEvent"),
                new Line(SAVE.getDisplayText(), "menu.edit.save"),
                new Line(REVERT.getDisplayText(), "shortcuts.escape"),
                new Line(UNDO.getDisplayText(), "shortcuts.undo"),
                new Line(REDO.getDisplayText(), "shortcuts.redo"),
                new Line(FIND.getDisplayText(), "menu.edit.find"),
                new Line(DELETE.getDisplayText(), "shortcuts.delete"),
                new Line(Messages.get("shortcuts.enterKey"), "shortcuts.enter"),
                new Line(RELOAD.getDisplayText(), "menu.view.reload"),
                new Line(TABS.get(0).getDisplayText() + " … " + TABS.get(4).getDisplayText(), "shortcuts.tabs"),
                new Line(IMPORT.getDisplayText(), "menu.event.importRegistrants"),
                new Line(EXPORT.getDisplayText(), "menu.event.export"),
                new Line(Dialogs.CLOSE.getDisplayText(), "shortcuts.closeDialog"),
                new Line(QUIT.getDisplayText(), "shortcuts.quit"));
    }
}
