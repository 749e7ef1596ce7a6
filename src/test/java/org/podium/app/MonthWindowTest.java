package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.Book;
import org.podium.ui.calendar.MonthView;
import org.podium.ui.events.EventListView;
import org.podium.ui.common.EventRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.Coordinator.waitFor;

/** The month calendar in the real window, headless, on a clock stopped on 12 May 2020. */
@ExtendWith(ApplicationExtension.class)
class MonthWindowTest {
    private static final String MAY = "European Cities on the Front Line";
    private static final String SEPTEMBER = "Social Innovation for Migrant Integration";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2020-05-12T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private Book book;

    @Start
    void start(Stage stage) {
        book = Composition.openBook(dir.resolve("month-" + System.nanoTime() + ".db"), CLOCK);
        book.samples().load();
        book.samples().markOffered();
        PodiumWindow.show(stage, book, dir.resolve("preferences.properties"), CLOCK);
    }

    @AfterEach
    void close() {
        book.close();
    }

    private static String month(FxRobot robot) {
        return robot.lookup("#" + MonthView.MONTH_LABEL_ID).queryAs(Label.class).getText();
    }

    /** Each event link the month shows, as "day: text" with the number of the day it sits in. */
    private static List<String> shown(FxRobot robot) {
        return robot.lookup(".podium-month .hyperlink").queryAllAs(Hyperlink.class).stream().map(link -> {
            VBox day = (VBox) link.getParent();
            String number = ((Label) day.getChildren().get(0)).getText();
            return (day.getStyleClass().contains("podium-day-outside") ? "outside " : "") + number + ": " + link.getText();
        }).toList();
    }

    private static String today(FxRobot robot) {
        return robot.lookup(".podium-month .podium-today").queryAs(Label.class).getText();
    }

    @Test
    void eachEventSitsOnItsDayAndTheArrowsAndTodayMoveBetweenMonths(FxRobot robot) throws Exception {
        Coordinator hands = new Coordinator(robot);
        TableView<EventRow> events = hands.table(EventListView.TABLE_ID);
        waitFor(() -> events.getItems().size() == 2);
        robot.clickOn("#" + EventListView.CALENDAR_TOGGLE_ID);
        waitFor(() -> robot.lookup("#" + MonthView.MONTH_LABEL_ID).tryQuery().map(Node::isVisible).orElse(false));
        assertThat(month(robot)).isEqualTo("May 2020");
        assertThat(shown(robot)).containsExactly("28: 10:00 " + MAY);
        assertThat(today(robot)).isEqualTo("12");

        for (int i = 0; i < 4; i++) {
            robot.clickOn("#" + MonthView.NEXT_ID);
        }
        assertThat(month(robot)).isEqualTo("September 2020");
        assertThat(shown(robot)).containsExactly("24: 10:00 " + SEPTEMBER);
        assertThat(robot.lookup(".podium-month .podium-today").tryQuery()).as("12 May is not in view").isEmpty();

        robot.clickOn("#" + MonthView.PREVIOUS_ID);
        assertThat(month(robot)).isEqualTo("August 2020");
        assertThat(shown(robot)).isEmpty();

        robot.clickOn("#" + MonthView.TODAY_ID);
        assertThat(month(robot)).isEqualTo("May 2020");
        assertThat(today(robot)).isEqualTo("12");

        robot.clickOn(robot.lookup(".podium-month .hyperlink").queryAs(Hyperlink.class));
        waitFor(() -> events.isVisible() && events.getSelectionModel().getSelectedItem() != null);
        assertThat(events.getSelectionModel().getSelectedItem().title()).isEqualTo(MAY);
    }
}
