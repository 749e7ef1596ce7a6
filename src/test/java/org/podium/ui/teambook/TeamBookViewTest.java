package org.podium.ui.teambook;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.podium.service.book.TeamBookAddress;
import org.podium.store.BookRefusedException;
import org.podium.ui.common.InPlaceTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Where the Open team book dialog puts the typing when it opens: what is missing, or what a refusal points at. */
@ExtendWith(ApplicationExtension.class)
class TeamBookViewTest {
    private Stage stage;

    @Start
    void start(Stage primary) {
        stage = new Stage();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    private static TeamBookViewModel model() {
        return new TeamBookViewModel((address, password) -> {
            throw new IllegalStateException("not tried here");
        }, new InPlaceTaskRunner(), (book, address) -> { }, List.of(), "ana");
    }

    private String focusedAfterShowing(FxRobot robot, TeamBookViewModel model) {
        robot.interact(() -> {
            stage.setScene(new Scene(new TeamBookView(model).build()));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return stage.getScene().getFocusOwner().getId();
    }

    @Test
    void aFreshDialogStartsAtTheDatabaseTheDefaultsLeaveToType(FxRobot robot) {
        TeamBookViewModel model = model();
        model.fillIn(Map.of());
        assertThat(focusedAfterShowing(robot, model)).isEqualTo(TeamBookView.DATABASE_ID);
    }

    @Test
    void aDialogOpenedOnTheCommandLinesRefusedAddressStartsWhereTheRefusalPoints(FxRobot robot) {
        TeamBookViewModel model = model();
        TeamBookAddress address = TeamBookAddress.parse("postgresql://ana@db.example.org:5432/podium", "ana");
        model.use(address.text());
        model.refused(new BookRefusedException(null, BookRefusedException.Reason.LOGIN_REFUSED, "x", null), address);
        assertThat(focusedAfterShowing(robot, model)).isEqualTo(TeamBookView.PASSWORD_ID);
    }

    @Test
    void aRefusalAndTheNextAttemptLeaveTheDialogAsTallAsItWasWithTheRefusalAtTheDialogsFontSize(FxRobot robot) {
        InPlaceTaskRunner runner = new InPlaceTaskRunner().holding();
        TeamBookViewModel model = new TeamBookViewModel((address, password) -> {
            throw new BookRefusedException(null, BookRefusedException.Reason.UNREACHABLE, "refused", null);
        }, runner, (book, address) -> { }, List.of(), "ana");
        model.use("postgresql://ana@localhost:1/podium");
        List<Double> heights = new ArrayList<>();
        robot.interact(() -> {
            // The window's theme and sheet, whichever test ran before; the headless toolkit's font is
            // wider than a desktop's, so the dialog is made wide enough for the refusal's two lines.
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            stage = new TeamBookView(model).stage(null);
            stage.getScene().getStylesheets().add("/org/podium/ui/podium.css");
            stage.setWidth(900);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        stage.heightProperty().addListener((obs, old, now) -> heights.add(now.doubleValue()));
        double before = stage.getHeight();
        Label error = robot.lookup("#" + TeamBookView.ERROR_ID).queryAs(Label.class);
        Label serverLabel = robot.lookup(".label").match(LabeledMatchers.hasText("Server")).queryAs(Label.class);

        for (int attempt = 0; attempt < 2; attempt++) {
            robot.interact(model::open);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(error.isVisible()).as("nothing to say while it tries").isFalse();
            robot.interact(runner::finishHeld);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(error.isVisible()).isTrue();
            assertThat(error.getText()).startsWith("Cannot reach the PostgreSQL server localhost on port 1");
        }

        assertThat(heights).as("the dialog's height never changed").isEmpty();
        assertThat(stage.getHeight()).isEqualTo(before);
        assertThat(error.getFont().getSize()).isEqualTo(serverLabel.getFont().getSize());
        assertThat(error.getHeight()).as("the refusal is read whole")
                .isGreaterThanOrEqualTo(error.prefHeight(error.getWidth()));
    }
}
