package org.podium.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.PopupControl;
import javafx.scene.control.Tooltip;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Keeps the window's pickers' popups (organisation and person pickers, combo lists, date pickers) inside the window: JavaFX
 * only keeps them on the screen, so a list opened near the window's edge hung out over the desktop.
 */
public final class PopupsInside {
    private PopupsInside() {
    }

    /** From now on every popup owned, directly or through other popups, by {@code window} stays inside it. */
    public static void keep(Window window) {
        // A window shown again (a rebuilt book, the tests' shared stage) is watched once.
        if (window.getProperties().putIfAbsent(PopupsInside.class, Boolean.TRUE) != null) {
            return;
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window added : change.getAddedSubList()) {
                    // The lists and calendars of pickers, not tooltips or menus: one of those pushed
                    // back inside could land under the pointer and take the click meant for a button.
                    if (added instanceof PopupControl popup && !(added instanceof Tooltip)
                            && !(added instanceof ContextMenu) && ownedBy(popup, window)) {
                        popup.xProperty().addListener((obs, old, x) -> fit(popup, window));
                        popup.yProperty().addListener((obs, old, y) -> fit(popup, window));
                        popup.widthProperty().addListener((obs, old, w) -> fit(popup, window));
                        popup.heightProperty().addListener((obs, old, h) -> fit(popup, window));
                        fit(popup, window);
                    }
                }
            }
        });
    }

    private static boolean ownedBy(PopupWindow popup, Window window) {
        Window owner = popup.getOwnerWindow();
        while (owner instanceof PopupWindow p) {
            owner = p.getOwnerWindow();
        }
        return owner == window;
    }

    /** Moves the popup the least that puts it inside the window, where it is not larger than the window. */
    static void fit(PopupWindow popup, Window window) {
        if (!popup.isShowing() || popup.getWidth() <= 0 || popup.getHeight() <= 0) {
            return;
        }
        double x = clamp(popup.getX(), window.getX(), window.getX() + window.getWidth() - popup.getWidth());
        double y = clamp(popup.getY(), window.getY(), window.getY() + window.getHeight() - popup.getHeight());
        if (x != popup.getX()) {
            popup.setX(x);
        }
        if (y != popup.getY()) {
            popup.setY(y);
        }
    }

    private static double clamp(double value, double min, double max) {
        return max < min ? min : Math.max(min, Math.min(max, value));
    }
}
