package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podium.service.common.Preferences;
import org.podium.ui.common.DialogStyle;
import org.podium.ui.common.InPlaceTaskRunner;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.teambook.TeamBookView;
import org.podium.ui.teambook.TeamBookViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dialogs shown at start-up, before there is a window to own them (Open team book for a
 * team book that refuses, a book another window holds), wear podium.css as the window's do;
 * the window itself is not taken for a dialog.
 */
@ExtendWith(ApplicationExtension.class)
class OwnerlessDialogStyleTest {
    private Stage teamBook;
    private Stage window;
    private Alert alreadyOpen;

    @Start
    void start(Stage primary) {
        PodiumWindow.applyLanguageAndTheme(new Preferences(Preferences.Language.ENGLISH, Preferences.Theme.DARK,
                Preferences.DEFAULT_ZONES, null));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            for (Stage s : new Stage[] {teamBook, window}) {
                if (s != null) {
                    s.close();
                }
            }
            if (alreadyOpen != null) {
                alreadyOpen.close();
            }
            PodiumWindow.applyLanguageAndTheme(new Preferences(Preferences.Language.ENGLISH,
                    Preferences.Theme.LIGHT, Preferences.DEFAULT_ZONES, null));
        });
    }

    @Test
    void theStartUpDialogsWithoutAnOwnerWearTheWindowsStylesheet(FxRobot robot) {
        robot.interact(() -> {
            TeamBookViewModel model = new TeamBookViewModel((address, password) -> {
                throw new IllegalStateException("not tried here");
            }, new InPlaceTaskRunner(), (book, address) -> { }, List.of(), "ana");
            model.fillIn(Map.of());
            teamBook = new Stage();
            teamBook.initModality(Modality.WINDOW_MODAL);
            teamBook.setScene(new Scene(new TeamBookView(model).build()));
            teamBook.show();
            alreadyOpen = new Alert(Alert.AlertType.WARNING, "Open it read-only?", ButtonType.OK);
            alreadyOpen.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(teamBook.getScene().getStylesheets()).contains(PodiumWindow.CSS);
        assertThat(teamBook.getScene().getRoot().getStyleClass()).contains(StyleClasses.DIALOG);
        assertThat(alreadyOpen.getDialogPane().getScene().getStylesheets()).contains(PodiumWindow.CSS);
    }

    @Test
    void theWindowWhoseDialogsFollowItIsNotTakenForADialog(FxRobot robot) {
        robot.interact(() -> {
            window = new Stage();
            window.setScene(new Scene(new StackPane(), 300, 200));
            DialogStyle.follow(window, PodiumWindow.CSS);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(window.getScene().getRoot().getStyleClass()).doesNotContain(StyleClasses.DIALOG);
    }
}
