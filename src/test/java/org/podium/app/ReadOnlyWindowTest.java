package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.Book;
import org.podium.ui.eventform.EventFormView;
import org.podium.ui.events.EventListView;
import org.podium.ui.shell.ShellView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A second window on a book, headless: it reads everything and offers no way to change it. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyWindowTest {
    @TempDir
    static Path dir;
    private Book writer;
    private Book reader;

    @Start
    void start(Stage stage) {
        Path path = dir.resolve("shared-" + System.nanoTime() + ".db");
        writer = Composition.openBook(path, Clock.systemUTC());
        writer.samples().load();
        writer.samples().markOffered();
        reader = Composition.openBookReadOnly(path, Clock.systemUTC());
        PodiumWindow.show(stage, reader, dir.resolve("preferences.properties"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        reader.close();
        writer.close();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    @Test
    void theWindowSaysItIsReadOnlyAndDisablesEveryChange(FxRobot robot) throws Exception {
        TableView<?> events = robot.lookup("#" + EventListView.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.getItems().size() == 2);
        assertThat(robot.lookup("#" + ShellView.READ_ONLY_ID).queryAs(Label.class).getText())
                .isEqualTo("Read-only: another Podium window has this book open");
        assertThat(robot.lookup("#" + EventListView.NEW_ID).queryButton().isDisabled()).isTrue();
        robot.clickOn("European Cities on the Front Line");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#" + EventFormView.TITLE_ID)
                .queryAs(javafx.scene.control.TextField.class).getText().equals("European Cities on the Front Line"));
        assertThat(robot.lookup("#" + EventListView.DELETE_ID).queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#" + EventListView.DUPLICATE_ID).queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#" + EventListView.ICS_ID).queryButton().isDisabled()).as("reading is allowed").isFalse();
        robot.clickOn("#" + EventFormView.TITLE_ID).write(" (edited)");
        assertThat(robot.lookup("#" + EventFormView.SAVE_ID).queryButton().isDisabled()).isTrue();
        assertThat(menuItem(robot, ShellView.RESTORE_ID).isDisable()).isTrue();
        assertThat(menuItem(robot, ShellView.IMPORT_EVENT_ID).isDisable()).isTrue();
        assertThat(menuItem(robot, ShellView.BACK_UP_ID).isDisable()).isFalse();
        assertThat(menuItem(robot, ShellView.TRASH_ID).isDisable()).isFalse();
    }
}
