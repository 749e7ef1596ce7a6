package org.podium.ui.common;

import java.util.List;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Popups and dialogs in both themes: a popup paints every pixel of its window (a shadow, a rounded
 * corner or a see-through tooltip showed as a light rectangle where the desktop draws no
 * transparency), and a dialog draws an edge that stands out from the window behind it.
 */
@ExtendWith(ApplicationExtension.class)
class PopupEdgesTest {
    private static final String CSS = "/org/podium/ui/podium.css";
    private Stage stage;
    private ComboBox<String> combo;
    private DatePicker date;
    private Label label;
    private ContextMenu menu;
    private Tooltip tooltip;

    @Start
    void start(Stage primary) {
        stage = new Stage();
        combo = new ComboBox<>(FXCollections.observableArrayList("Webinar", "Round table", "Hybrid"));
        date = new DatePicker();
        label = new Label("Title");
        menu = new ContextMenu(new MenuItem("Undo"), new MenuItem("Select all"));
        tooltip = new Tooltip("Folds the event list away");
        Scene scene = new Scene(new VBox(12, combo, date, label), 500, 400);
        scene.getStylesheets().add(CSS);
        stage.setScene(scene);
        stage.setX(100);
        stage.setY(100);
        DialogStyle.follow(stage, CSS);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            combo.hide();
            date.hide();
            menu.hide();
            tooltip.hide();
            stage.close();
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        });
    }

    @Test
    void everyPopupPaintsItsWholeWindowInTheDarkTheme(FxRobot robot) {
        everyPopupPaintsItsWholeWindow(robot, new PrimerDark().getUserAgentStylesheet());
    }

    @Test
    void everyPopupPaintsItsWholeWindowInTheLightTheme(FxRobot robot) {
        everyPopupPaintsItsWholeWindow(robot, new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void aDialogDrawsAnEdgeThatStandsOutFromTheWindowInBothThemes(FxRobot robot) {
        for (String theme : List.of(new PrimerDark().getUserAgentStylesheet(),
                new PrimerLight().getUserAgentStylesheet())) {
            robot.interact(() -> Application.setUserAgentStylesheet(theme));
            Stage[] made = new Stage[1];
            robot.interact(() -> {
                Stage dialog = new Stage();
                made[0] = dialog;
                dialog.initOwner(stage);
                dialog.setScene(new Scene(new VBox(new Label("Open team book")), 300, 200));
                dialog.setX(200);
                dialog.setY(200);
                dialog.show();
            });
            Stage dialog = made[0];
            WaitForAsyncUtils.waitForFxEvents();
            Color window = pixel(snapshot(stage.getScene()), 250, 300);
            WritableImage shot = snapshot(dialog.getScene());
            Color inside = pixel(shot, 150, 100);
            for (Point2D edge : List.of(new Point2D(0, 100), new Point2D(299, 100), new Point2D(150, 0),
                    new Point2D(150, 199))) {
                Color drawn = pixel(shot, (int) edge.getX(), (int) edge.getY());
                assertThat(distance(drawn, window)).as("%s: the edge at %s against the window", theme, edge)
                        .isGreaterThan(0.08);
                assertThat(distance(drawn, inside)).as("%s: the edge at %s against the dialog", theme, edge)
                        .isGreaterThan(0.08);
            }
            robot.interact(dialog::close);
        }
    }

    private void everyPopupPaintsItsWholeWindow(FxRobot robot, String theme) {
        robot.interact(() -> Application.setUserAgentStylesheet(theme));
        robot.interact(combo::show);
        paintsItsWholeWindow(theme + " combo list");
        robot.interact(combo::hide);
        robot.interact(date::show);
        paintsItsWholeWindow(theme + " date picker");
        robot.interact(date::hide);
        robot.interact(() -> menu.show(label, javafx.geometry.Side.BOTTOM, 0, 0));
        paintsItsWholeWindow(theme + " context menu");
        robot.interact(menu::hide);
        robot.interact(() -> {
            Point2D at = label.localToScreen(0, 0);
            tooltip.show(label, at.getX(), at.getY() + 30);
        });
        paintsItsWholeWindow(theme + " tooltip");
        robot.interact(tooltip::hide);
    }

    /** What the one popup showing draws covers its whole window, and every pixel along its edges fully. */
    private static void paintsItsWholeWindow(String what) {
        WaitForAsyncUtils.waitForFxEvents();
        PopupWindow popup = PopupWindow.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(PopupWindow.class::cast).findFirst().orElseThrow();
        WritableImage shot = snapshot(popup.getScene().getRoot());
        // A size of a fraction of a pixel leaves its last column blended: the whole pixels are checked.
        javafx.geometry.Bounds drawn = popup.getScene().getRoot().getBoundsInParent();
        int width = (int) Math.min(shot.getWidth(), Math.floor(drawn.getWidth()));
        int height = (int) Math.min(shot.getHeight(), Math.floor(drawn.getHeight()));
        assertThat(width).as(what).isGreaterThan(20);
        assertThat((double) width).as(what + ": drawn as wide as the window").isGreaterThanOrEqualTo(popup.getWidth() - 1);
        assertThat((double) height).as(what + ": drawn as high as the window").isGreaterThanOrEqualTo(popup.getHeight() - 1);
        PixelReader pixels = shot.getPixelReader();
        for (int x = 0; x < width; x++) {
            assertThat(pixels.getColor(x, 0).getOpacity()).as("%s: pixel %d,0", what, x).isEqualTo(1.0);
            assertThat(pixels.getColor(x, height - 1).getOpacity()).as("%s: pixel %d,%d", what, x, height - 1)
                    .isEqualTo(1.0);
        }
        for (int y = 0; y < height; y++) {
            assertThat(pixels.getColor(0, y).getOpacity()).as("%s: pixel 0,%d", what, y).isEqualTo(1.0);
            assertThat(pixels.getColor(width - 1, y).getOpacity()).as("%s: pixel %d,%d", what, width - 1, y)
                    .isEqualTo(1.0);
        }
    }

    private static WritableImage snapshot(javafx.scene.Node node) {
        javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        WritableImage[] shot = new WritableImage[1];
        try {
            WaitForAsyncUtils.asyncFx(() -> shot[0] = node.snapshot(transparent, null)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return shot[0];
    }

    private static WritableImage snapshot(Scene scene) {
        WritableImage[] shot = new WritableImage[1];
        try {
            WaitForAsyncUtils.asyncFx(() -> shot[0] = scene.snapshot(null)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return shot[0];
    }

    private static Color pixel(WritableImage image, int x, int y) {
        return image.getPixelReader().getColor(x, y);
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue());
    }
}
