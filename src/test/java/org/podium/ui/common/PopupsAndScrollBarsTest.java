package org.podium.ui.common;

import java.util.stream.IntStream;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Podium's sheet and popups at a window's edges: a grabbable thumb on 100,000 rows, lists kept inside. */
@ExtendWith(ApplicationExtension.class)
class PopupsAndScrollBarsTest {
    private Stage stage;
    private TableView<Integer> table;
    private ComboBox<String> combo;

    @Start
    void start(Stage primary) {
        // A stage of its own, placed off the corner: moving the tests' shared primary stage would
        // leave the next test's 1280×800 window hanging past the screen, out of the robot's reach.
        stage = new Stage();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        table = new TableView<>(FXCollections.observableList(IntStream.range(0, 100_000).boxed().toList()));
        TableColumn<Integer, Integer> column = new TableColumn<>("Row");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        table.getColumns().add(column);
        table.setFixedCellSize(28);
        combo = new ComboBox<>(FXCollections.observableList(IntStream.range(0, 40).mapToObj(i -> "Choice " + i).toList()));
        combo.setVisibleRowCount(8);
        HBox bottom = new HBox(combo);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(table);
        root.setBottom(bottom);
        Scene scene = new Scene(root, 500, 400);
        scene.getStylesheets().add("/org/podium/ui/podium.css");
        stage.setScene(scene);
        stage.setX(200);
        stage.setY(100);
        PopupsInside.keep(stage);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void aHundredThousandRowsLeaveAThumbBigEnoughToGrab(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Node thumb = table.lookupAll(".scroll-bar").stream()
                .filter(n -> ((javafx.scene.control.ScrollBar) n).getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .findFirst().orElseThrow().lookup(".thumb");
        assertThat(thumb.getLayoutBounds().getHeight()).isGreaterThanOrEqualTo(24);
    }

    @Test
    void aListOpenedAtTheWindowsBottomStaysInsideTheWindow(FxRobot robot) {
        robot.interact(combo::show);
        WaitForAsyncUtils.waitForFxEvents();
        PopupWindow popup = (PopupWindow) Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing()).findFirst().orElseThrow();
        assertThat(popup.getY() + popup.getHeight()).as("bottom").isLessThanOrEqualTo(stage.getY() + stage.getHeight());
        assertThat(popup.getY()).as("top").isGreaterThanOrEqualTo(stage.getY());
        assertThat(popup.getX() + popup.getWidth()).as("right").isLessThanOrEqualTo(stage.getX() + stage.getWidth());
        robot.interact(combo::hide);
    }
}
