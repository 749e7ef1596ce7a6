package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.Book;
import org.podium.service.common.Preferences;
import org.podium.ui.common.Messages;
import org.podium.ui.events.EventListView;
import org.podium.ui.preferences.PreferencesView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.Coordinator.waitFor;

/** The Preferences dialog in the real window, headless: a choice is saved to the file and applied at once. */
@ExtendWith(ApplicationExtension.class)
class PreferencesWindowTest {
    @TempDir
    static Path dir;
    private Book book;
    private Path preferences;

    @Start
    void start(Stage stage) {
        book = Composition.openBook(dir.resolve("preferences-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().load();
        book.samples().markOffered();
        preferences = dir.resolve("preferences-" + System.nanoTime() + ".properties");
        new Preferences(Preferences.Language.ENGLISH, Preferences.Theme.LIGHT, Preferences.DEFAULT_ZONES, null)
                .save(preferences);
        PodiumWindow.show(stage, book, preferences, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        book.close();
        Messages.use(Locale.ENGLISH);
    }

    private void choose(FxRobot robot, String box, String choice) {
        robot.clickOn("#" + box);
        robot.clickOn(robot.lookup(".context-menu .menu-item .label").match(LabeledMatchers.hasText(choice))
                .queryLabeled());
    }

    private static boolean menuBarSays(FxRobot robot, String menu) {
        return robot.lookup(".menu-bar .menu-button").match(LabeledMatchers.hasText(menu)).tryQuery().isPresent();
    }

    @Test
    void italianAndDarkAreSavedToTheFileAndTheWindowSpeaksAndLooksSoAtOnce(FxRobot robot) throws Exception {
        Coordinator hands = new Coordinator(robot);
        TableView<?> events = hands.table(EventListView.TABLE_ID);
        waitFor(() -> events.getItems().size() == 2);
        robot.push(KeyCode.SHORTCUT, KeyCode.COMMA);
        hands.dialog("Preferences");
        choose(robot, PreferencesView.LANGUAGE_ID, "Italiano");
        choose(robot, PreferencesView.THEME_ID, "Dark");
        hands.answer("Preferences", "Save");
        hands.closed("Preferences");

        waitFor(() -> menuBarSays(robot, "Modifica"));
        assertThat(robot.lookup("Organizzazioni").tryQuery()).isPresent();
        waitFor(() -> hands.table(EventListView.TABLE_ID).getItems().size() == 2);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-dark");
        Preferences saved = Preferences.load(preferences);
        assertThat(saved.language()).isEqualTo(Preferences.Language.ITALIAN);
        assertThat(saved.theme()).isEqualTo(Preferences.Theme.DARK);
    }

    @Test
    void cancelLeavesTheFileAndTheWindowAsTheyWere(FxRobot robot) throws Exception {
        Coordinator hands = new Coordinator(robot);
        TableView<?> events = hands.table(EventListView.TABLE_ID);
        waitFor(() -> events.getItems().size() == 2);
        robot.push(KeyCode.SHORTCUT, KeyCode.COMMA);
        hands.dialog("Preferences");
        choose(robot, PreferencesView.LANGUAGE_ID, "Italiano");
        choose(robot, PreferencesView.THEME_ID, "Dark");
        hands.answer("Preferences", "Cancel");
        hands.closed("Preferences");

        assertThat(menuBarSays(robot, "Edit")).isTrue();
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        assertThat(Preferences.load(preferences).language()).isEqualTo(Preferences.Language.ENGLISH);
        assertThat(Preferences.load(preferences).theme()).isEqualTo(Preferences.Theme.LIGHT);
    }
}
