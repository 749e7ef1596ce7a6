package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.Book;
import org.podium.store.TeamAddress;
import org.podium.store.TestPostgres;
import org.podium.ui.events.EventListView;
import org.podium.ui.shell.ShellView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A team book opened by a role the server lets only read (issue 26, point 5): the window is the
 * read-only window a second window on a laptop book is, and says the reason is the role.
 */
@ExtendWith(ApplicationExtension.class)
class ReaderRoleWindowTest {
    @TempDir
    static Path dir;
    private Book reader;

    @Start
    void start(Stage stage) {
        TeamAddress owner = TestPostgres.newDatabase();
        try (Book book = Composition.openTeamBook(owner, Optional.empty(), Clock.systemUTC())) {
            book.samples().load();
            book.samples().markOffered();
        }
        String schema = owner.parameters().get("currentSchema");
        String role = "reader_" + schema;
        TestPostgres.superuser("CREATE ROLE " + role + " LOGIN", "GRANT USAGE ON SCHEMA " + schema + " TO " + role,
                "GRANT SELECT ON ALL TABLES IN SCHEMA " + schema + " TO " + role);
        reader = Composition.openTeamBook(TestPostgres.address(role, schema), Optional.empty(), Clock.systemUTC());
        PodiumWindow.show(stage, reader, dir.resolve("preferences.properties"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        reader.close();
    }

    @Test
    void theWindowShowsTheBookAndSaysTheRoleMayOnlyReadIt(FxRobot robot) throws Exception {
        TableView<?> events = robot.lookup("#" + EventListView.TABLE_ID).queryTableView();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> events.getItems().size() == 2);
        assertThat(robot.lookup("#" + ShellView.READ_ONLY_ID).queryAs(Label.class).getText())
                .isEqualTo("Read-only: your role on the server may only read this team book");
        assertThat(robot.lookup("#" + EventListView.NEW_ID).queryButton().isDisabled()).isTrue();
    }
}
