package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.service.Book;
import org.podium.ui.events.EventListView;
import org.podium.ui.organisations.OrganisationsView;
import org.podium.ui.organisations.OrganisationsViewModel.OrganisationRow;
import org.podium.ui.shell.ShellView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.Coordinator.waitFor;

/** The Organisations section in the real window, headless, driven as a coordinator would. */
@ExtendWith(ApplicationExtension.class)
class OrganisationsWindowTest {
    @TempDir
    static Path dir;
    private Book book;

    @Start
    void start(Stage stage) {
        book = Composition.openBook(dir.resolve("organisations-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().load();
        book.samples().markOffered();
        PodiumWindow.show(stage, book, dir.resolve("preferences.properties"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private TableView<OrganisationRow> opened(FxRobot robot, Coordinator hands) throws Exception {
        waitFor(() -> hands.table(EventListView.TABLE_ID).getItems().size() == 2);
        robot.clickOn("Organisations");
        TableView<OrganisationRow> table = hands.table(OrganisationsView.TABLE_ID);
        waitFor(() -> table.getItems().size() == 11);
        return table;
    }

    private boolean listed(TableView<OrganisationRow> table, String name) {
        return table.getItems().stream().anyMatch(r -> r.name().equals(name));
    }

    @Test
    void anOrganisationTypedInAndSavedWithCtrlSIsInTheListAndInTheBook(FxRobot robot) throws Exception {
        Coordinator hands = new Coordinator(robot);
        TableView<OrganisationRow> table = opened(robot, hands);
        robot.clickOn("#" + OrganisationsView.NEW_ID);
        TextField name = robot.lookup("#organisationName").queryAs(TextField.class);
        waitFor(name::isFocused);
        robot.write("Caritas Ambrosiana").type(KeyCode.TAB).write("CA");
        hands.choose("organisationKind", "Partner");
        hands.type("organisationCity", "Milano");
        robot.type(KeyCode.TAB).write("IT");
        robot.push(KeyCode.SHORTCUT, KeyCode.S);

        waitFor(() -> listed(table, "Caritas Ambrosiana"));
        OrganisationRow row = table.getItems().stream().filter(r -> r.name().equals("Caritas Ambrosiana")).findFirst()
                .orElseThrow();
        assertThat(row.kind()).isEqualTo("Partner");
        assertThat(row.city()).isEqualTo("Milano");
        assertThat(hands.notice()).isEqualTo("Saved “Caritas Ambrosiana”.");
        Organisation saved = book.directory().organisations().stream()
                .filter(o -> o.name().equals("Caritas Ambrosiana")).findFirst().orElseThrow();
        assertThat(saved.shortName()).isEqualTo("CA");
        assertThat(saved.kind()).isEqualTo(OrganisationKind.PARTNER);
        assertThat(saved.city()).isEqualTo("Milano");
        assertThat(saved.country()).isEqualTo("IT");
    }

    @Test
    void aNameAnotherOrganisationHasIsRefusedBesideTheFieldAndNothingIsSaved(FxRobot robot) throws Exception {
        Coordinator hands = new Coordinator(robot);
        TableView<OrganisationRow> table = opened(robot, hands);
        robot.clickOn("#" + OrganisationsView.NEW_ID);
        waitFor(() -> robot.lookup("#organisationName").queryAs(TextField.class).isFocused());
        robot.write("European Union");

        waitFor(() -> robot.lookup("Another organisation already has this name.").tryQuery().isPresent());
        Button save = robot.lookup("#organisationSave").queryButton();
        assertThat(save.isDisabled()).isTrue();
        robot.push(KeyCode.SHORTCUT, KeyCode.S);
        assertThat(table.getItems()).hasSize(11);
        assertThat(book.directory().organisations()).filteredOn(o -> o.name().equals("European Union")).hasSize(1);
    }

    @Test
    void anOrganisationDeletedWithTheDeleteKeyLeavesTheListAndUndoBringsItBack(FxRobot robot) throws Exception {
        Coordinator hands = new Coordinator(robot);
        TableView<OrganisationRow> table = opened(robot, hands);
        robot.clickOn("Startup Migrants").type(KeyCode.DELETE);
        hands.answer("Delete this organisation?", "Delete");

        waitFor(() -> !listed(table, "Startup Migrants"));
        assertThat(hands.notice()).isEqualTo("Deleted “Startup Migrants”.");
        assertThat(book.directory().organisations()).noneMatch(o -> o.name().equals("Startup Migrants"));

        robot.clickOn("#" + ShellView.UNDO_ID);
        waitFor(() -> listed(table, "Startup Migrants"));
        assertThat(book.directory().organisations()).anyMatch(o -> o.name().equals("Startup Migrants"));
    }
}
