package org.podium.ui.teambook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
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
}
