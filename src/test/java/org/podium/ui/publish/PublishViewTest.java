package org.podium.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.service.Book;
import org.podium.service.events.EventSummary;
import org.podium.service.common.Preferences;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Publish tab on its own: the preview follows the language chosen, and Save writes what is shown. */
@ExtendWith(ApplicationExtension.class)
class PublishViewTest {
    @TempDir
    static Path dir;
    private Book book;
    private final FakeDialogService dialogs = new FakeDialogService();
    private PublishViewModel model;

    @Start
    void start(Stage stage) {
        book = Composition.openBook(dir.resolve("view-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().load();
        model = new PublishViewModel(book.announcements(), book.briefings(), book.events(), new InPlaceTaskRunner(),
                dialogs, new FakeNotifier(), () -> Preferences.DEFAULT_ZONES);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(new Scene(new PublishView(model).build(), 1000, 700));
        stage.show();
        model.activeProperty().set(true);
        model.show(book.events().list().stream().map(EventSummary::event)
                .filter(e -> e.title().startsWith("Social")).findFirst().orElseThrow());
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void thePreviewFollowsTheLanguageAndSaveWritesIt(FxRobot robot) throws Exception {
        TextArea preview = robot.lookup("#" + PublishView.PREVIEW_ID).queryAs(TextArea.class);
        assertThat(preview.getText()).contains("SOCIAL INNOVATION FOR MIGRANT INTEGRATION");
        ComboBox<?> language = robot.lookup("#" + PublishView.LANGUAGE_ID).queryAs(ComboBox.class);
        robot.clickOn(language);
        robot.clickOn(robot.lookup(".list-cell").match(n -> "Italian".equals(((javafx.scene.control.Labeled) n).getText()))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.languageProperty().get()).isEqualTo(Locale.ITALIAN);
        assertThat(preview.getText()).contains("INNOVAZIONE SOCIALE");
        assertThat(robot.lookup("#" + PublishView.SAVE_PDF_ID).queryAs(Button.class).isVisible()).isFalse();

        Path saved = dir.resolve("invito.txt");
        dialogs.savingTo(saved);
        robot.clickOn("#" + PublishView.SAVE_TEXT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(saved, StandardCharsets.UTF_8)).isEqualTo(preview.getText());
    }

    @Test
    void anEMailDisablesTheRichForms(FxRobot robot) {
        robot.interact(() -> model.shownProperty().set(PublishViewModel.Shown.MISSED));
        assertThat(robot.lookup("#" + PublishView.SAVE_HTML_ID).queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#" + PublishView.COPY_RICH_ID).queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#" + PublishView.PREVIEW_ID).queryAs(TextArea.class).getText())
                .contains("No-shows only");
    }
}
