package org.podium.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's own dialogs, headless: where they open and what their buttons answer. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {
    private static final String TITLE = "Welcome to Podium";
    /** As long as the first-run welcome: far wider than the screen on one line. */
    private static final String MESSAGE = "This book is empty. Would you like to explore two sample webinars of the"
            + " ADMin4ALL series (with their speakers, organisers and agenda), or start with an empty book? You can"
            + " load the samples later from Help, Load sample events.";
    private Stage owner;

    @Start
    void start(Stage primary) {
        // A window of its own: TestFX hands every test class the same primary stage, and one moved
        // off the origin would leave the next class's full-size window partly off the screen.
        owner = new Stage();
        owner.setScene(new Scene(new Pane(), 1000, 600));
        owner.setX(100);
        owner.setY(50);
        owner.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(owner::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aDialogWithALongMessageOpensInsideItsWindowAndAnswersNo(FxRobot robot) throws Exception {
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Platform.runLater(() -> answer.set(new FxDialogService(owner).confirm(TITLE, MESSAGE, "Explore", "Start empty")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog(robot) != null);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = dialog(robot);

        assertThat(dialog.getX()).as("left edge").isGreaterThanOrEqualTo(owner.getX());
        assertThat(dialog.getX() + dialog.getWidth()).as("right edge").isLessThanOrEqualTo(owner.getX() + owner.getWidth());
        double centre = dialog.getX() + dialog.getWidth() / 2;
        assertThat(centre).as("centred on the window").isCloseTo(owner.getX() + owner.getWidth() / 2,
                org.assertj.core.data.Offset.offset(2.0));

        robot.clickOn("Start empty");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> answer.get() != null);
        assertThat(answer.get()).isFalse();
    }

    private static Window dialog(FxRobot robot) {
        return robot.listWindows().stream()
                .filter(w -> w instanceof Stage s && TITLE.equals(s.getTitle()) && s.isShowing())
                .findFirst().orElse(null);
    }

    @Test
    void inItalianTheDateQuestionAndTheSmallAddFormSayAnnullaNotTheSystemsCancel(FxRobot robot) throws Exception {
        java.util.Locale before = Messages.locale();
        Messages.use(java.util.Locale.ITALIAN);
        try {
            Platform.runLater(() -> new FxDialogService(owner).askDateTime(TITLE, "La prossima",
                    java.time.LocalDateTime.of(2027, 1, 20, 17, 30)));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog(robot) != null);
            assertThat(buttons(robot)).contains("Annulla").doesNotContain("Cancel");
            robot.interact(() -> ((Stage) dialog(robot)).close());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog(robot) == null);

            javafx.scene.control.TextField picker = new javafx.scene.control.TextField();
            robot.interact(() -> ((Pane) owner.getScene().getRoot()).getChildren().add(picker));
            Platform.runLater(() -> new QuickAddDialog(picker, "", TITLE, "panel.newPerson.header", "Nome", "n")
                    .showAndWait("Aggiungi"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog(robot) != null);
            assertThat(buttons(robot)).contains("Annulla").doesNotContain("Cancel");
            robot.interact(() -> ((Stage) dialog(robot)).close());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog(robot) == null);
        } finally {
            Messages.use(before);
        }
    }

    private static java.util.List<String> buttons(FxRobot robot) {
        return robot.from(dialog(robot).getScene().getRoot()).lookup(".button").queryAllAs(javafx.scene.control.Button.class)
                .stream().map(javafx.scene.control.Button::getText).toList();
    }
}
