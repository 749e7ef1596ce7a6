package org.podium.ui.book;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.ui.book.BookRefusedViewModel.Kind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The refused-book window, headless: the reason can be read and each button leads somewhere. */
@ExtendWith(ApplicationExtension.class)
class BookRefusedViewTest {
    @TempDir
    static Path dir;
    private BookRefusedViewModel model;

    @Start
    void start(Stage stage) {
        model = new BookRefusedViewModel(dir.resolve("podium.db"),
                "The book " + dir.resolve("podium.db") + " was written by a newer Podium (schema 9).", dir,
                (title, startIn) -> Optional.of(startIn.resolve("chosen.db")));
        stage.setScene(new Scene(new BookRefusedView(model).build()));
        stage.show();
    }

    @Test
    void theReasonIsShownAsSelectableText(FxRobot robot) {
        TextArea reason = robot.lookup("#" + BookRefusedView.REASON_ID).queryAs(TextArea.class);
        assertThat(reason.getText()).contains("newer Podium");
        assertThat(reason.isEditable()).isFalse();
        assertThat(robot.lookup("Choose another book…").tryQuery()).isPresent();
    }

    @Test
    void chooseAnotherBookDecides(FxRobot robot) {
        robot.clickOn("#" + BookRefusedView.ANOTHER_ID);
        assertThat(model.choiceProperty().get().kind()).isEqualTo(Kind.BOOK);
        assertThat(model.choiceProperty().get().path()).contains(dir.resolve("chosen.db"));
    }

    @Test
    void openABackupAndQuitDecideToo(FxRobot robot) {
        robot.clickOn("#" + BookRefusedView.BACKUP_ID);
        assertThat(model.choiceProperty().get().kind()).isEqualTo(Kind.BACKUP);
        robot.clickOn("#" + BookRefusedView.QUIT_ID);
        assertThat(model.choiceProperty().get().kind()).isEqualTo(Kind.QUIT);
    }
}
