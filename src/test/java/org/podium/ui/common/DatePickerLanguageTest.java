package org.podium.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A date picker's calendar names its months and days in the window's language, not the JVM's:
 * it followed the JVM's locale, so an Italian window showed "May" and "Sun".
 */
@ExtendWith(ApplicationExtension.class)
class DatePickerLanguageTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
        Messages.use(Locale.ENGLISH);
    }

    /** The calendar's month, year and the names over its columns, as shown. */
    private List<String> calendar(FxRobot robot, Locale language) {
        Messages.use(language);
        DatePicker picker = new DatePicker(LocalDate.of(2026, 5, 28));
        robot.interact(() -> {
            stage.setScene(new Scene(new VBox(picker), 400, 400));
            stage.show();
            picker.show();
        });
        Node popup = robot.lookup(".date-picker-popup").query();
        String month = robot.from(popup).lookup(".month-year-pane .spinner-label").queryAllAs(Label.class)
                .stream().map(Label::getText).findFirst().orElseThrow();
        List<String> days = robot.from(popup).lookup(".day-name-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.DateCell) n).getText()).toList();
        robot.interact(picker::hide);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(month), days.stream()).toList();
    }

    @Test
    void anItalianWindowsCalendarSpeaksItalianFromMonday(FxRobot robot) {
        assertThat(calendar(robot, Locale.ITALIAN))
                .containsExactly("Maggio", "Lun", "Mar", "Mer", "Gio", "Ven", "Sab", "Dom");
    }

    @Test
    void anEnglishWindowsCalendarSpeaksEnglishAfterAnItalianOne(FxRobot robot) {
        Locale system = Locale.getDefault(Locale.Category.FORMAT);
        calendar(robot, Locale.ITALIAN);
        List<String> english = calendar(robot, Locale.ENGLISH);
        assertThat(english.get(0)).isEqualTo("May");
        assertThat(english.subList(1, 8)).containsExactlyInAnyOrder("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");
        assertThat(Locale.getDefault(Locale.Category.FORMAT)).as("the system's, given back").isEqualTo(system);
    }
}
