package org.podium.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The import dialog's problem list wraps a long problem to its width instead of scrolling sideways. */
@ExtendWith(ApplicationExtension.class)
class ImportProblemCellTest {
    private static final String LONG = "The Status 'anextremelylongstatusvaluethatnobodywouldeverwrite' is not a status"
            + " Podium knows (registered, waitlisted, cancelled, attended, no-show, or a platform's own such as"
            + " 'Checked In').";
    private Stage stage;
    private ListView<ImportProblemLine> list;

    @Start
    void start(Stage primary) {
        // The window's theme: it gives every list cell one height of its own.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage = new Stage();
        list = new ListView<>(FXCollections.observableArrayList(List.of(
                new ImportProblemLine("Line 3", "Invalid email 'not-an-address'.", true),
                new ImportProblemLine("Line 5", LONG, true))));
        list.setCellFactory(l -> new ImportProblemCell());
        Scene scene = new Scene(list, 420, 300);
        scene.getStylesheets().add("/org/podium/ui/podium.css");
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void aLongProblemIsWrappedToTheListsWidthWithoutASidewaysScrollBar(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list.lookupAll(".scroll-bar").stream().filter(ScrollBar.class::isInstance)
                .map(ScrollBar.class::cast).filter(b -> b.getOrientation() == Orientation.HORIZONTAL)
                .filter(Node::isVisible)).as("no sideways scroll bar").isEmpty();
        ListCell<?> shortCell = cell(0);
        ListCell<?> longCell = cell(1);
        assertThat(longCell.getWidth()).isLessThanOrEqualTo(list.getWidth());
        assertThat(longCell.getHeight()).as("the long problem takes several lines")
                .isGreaterThan(2 * shortCell.getHeight());
        Text shown = (Text) longCell.lookup(".text");
        assertThat(shown.getText()).as("the text shown whole, not cut with an ellipsis").isEqualTo(longCell.getText());
    }

    private ListCell<?> cell(int index) {
        return list.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getIndex() == index && c.isVisible()).findFirst().orElseThrow();
    }
}
