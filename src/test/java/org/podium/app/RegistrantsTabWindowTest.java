package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.service.Book;
import org.podium.ui.events.EventListView;
import org.podium.ui.common.EventRow;
import org.podium.ui.registrants.RegistrantFormView;
import org.podium.ui.registrants.RegistrantRow;
import org.podium.ui.registrants.RegistrantsView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The Registrants tab in the real window, headless: adding a registrant, and a duplicate refused. */
@ExtendWith(ApplicationExtension.class)
class RegistrantsTabWindowTest {
    private static final String EVENT = "European Cities on the Front Line";

    @TempDir
    static Path dir;
    private Book book;
    private Event event;

    @Start
    void start(Stage stage) {
        book = Composition.openBook(dir.resolve("registrants-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().loadWithoutRegistrants();
        book.samples().markOffered();
        event = book.events().list().stream().map(s -> s.event()).filter(e -> e.title().equals(EVENT))
                .findFirst().orElseThrow();
        for (String[] p : new String[][] {{"ana.rossi@comune.milano.it", "Ana", "Rossi", "Comune di Milano"},
            {"liam@mpi.example.org", "Liam", "Patuzzi", "Migration Policy Institute Europe"},
            {"eleni@thessaloniki.example.gr", "Eleni", "Papadopoulou", "Thessaloniki"}}) {
            book.registrations().add(new Registration(0, event.id(), p[0], p[1], p[2], p[3], "", "", "", "",
                    Instant.parse("2020-05-20T09:00:00Z"), RegistrationSource.CSV, RegistrationStatus.REGISTERED, 0,
                    false, null, "", null, ""));
        }
        PodiumWindow.show(stage, book, dir.resolve("preferences.properties"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private TableView<RegistrantRow> registrants(FxRobot robot) {
        return robot.lookup("#" + RegistrantsView.TABLE_ID).queryTableView();
    }

    private TableView<RegistrantRow> openTab(FxRobot robot) throws Exception {
        TableView<EventRow> events = robot.lookup("#" + EventListView.TABLE_ID).queryTableView();
        waitFor(() -> events.getItems().size() == 2);
        robot.clickOn(EVENT);
        Node tab = robot.lookup(".tab-header-area .tab-label").match(LabeledMatchers.hasText("Registrants")).query();
        robot.clickOn(tab);
        waitFor(() -> registrants(robot).getItems().size() == 3);
        return registrants(robot);
    }

    @Test
    void aRegistrantAddedThroughTheFormIsFoundInTheTable(FxRobot robot) throws Exception {
        TableView<RegistrantRow> table = openTab(robot);
        assertThat(robot.lookup("#" + RegistrantsView.HEADER_ID).queryAs(Label.class).getText())
                .isEqualTo("3 registered · 0 waitlisted");

        robot.clickOn("#" + RegistrantsView.ADD_ID);
        assertThat(robot.lookup("#" + RegistrantFormView.SAVE_ID).queryButton().isDisabled()).isTrue();
        robot.clickOn("#" + RegistrantFormView.EMAIL_ID).write("marta.nowak@gdansk.example.pl");
        robot.clickOn("#" + RegistrantFormView.FIRST_NAME_ID).write("Marta");
        robot.clickOn("#" + RegistrantFormView.LAST_NAME_ID).write("Nowak");
        // Further down the form may sit below the fold of its scroll pane: focus it as Tab would.
        robot.interact(() -> robot.lookup("#" + RegistrantFormView.COUNTRY_ID).query().requestFocus());
        robot.write("pl");
        robot.clickOn("#" + RegistrantFormView.SAVE_ID);

        waitFor(() -> table.getItems().size() == 4);
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("Marta Nowak");
        assertThat(showing(robot.lookup("#" + RegistrantFormView.SAVE_ID).query())).as("the form closed").isFalse();
        robot.clickOn("#" + RegistrantsView.SEARCH_ID).write("nowak");
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).line().country()).isEqualTo("PL");
        assertThat(book.registrations().findByEmail(event.id(), "MARTA.NOWAK@gdansk.example.pl")).isPresent();
    }

    @Test
    void eachRegistrantsNameAddressAndStatusAreInViewBesideTheEventList(FxRobot robot) throws Exception {
        TableView<RegistrantRow> table = openTab(robot);
        double tableRight = table.localToScene(table.getLayoutBounds()).getMaxX();

        for (String heading : new String[] {"Name", "Email", "Status"}) {
            Node header = robot.from(table).lookup(".column-header .label").match(LabeledMatchers.hasText(heading)).query();
            assertThat(header.localToScene(header.getLayoutBounds()).getMaxX()).as(heading).isLessThan(tableRight);
        }
        assertThat(table.isTableMenuButtonVisible()).as("columns can be hidden and shown").isTrue();
    }

    /** The table's rows drawn as selected by Ctrl+A. */
    private static long everySelected(TableView<RegistrantRow> table) {
        return table.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> row && row.getItem() != null)
                .filter(n -> n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("every-selected")))
                .count();
    }

    @Test
    void ctrlASelectsEveryRowShownAndOneStepChangesThemAll(FxRobot robot) throws Exception {
        TableView<RegistrantRow> table = openTab(robot);
        robot.clickOn(table.lookup(".table-row-cell"));
        robot.press(javafx.scene.input.KeyCode.SHORTCUT).press(javafx.scene.input.KeyCode.A)
                .release(javafx.scene.input.KeyCode.A).release(javafx.scene.input.KeyCode.SHORTCUT);
        waitFor(() -> everySelected(table) == 3);
        assertThat(table.getSelectionModel().getSelectedItems()).as("not the table's own selection").isEmpty();

        robot.clickOn("#" + RegistrantsView.SET_STATUS_ID);
        robot.clickOn("#" + RegistrantsView.SET_STATUS_ID + "-NO_SHOW");

        waitFor(() -> table.getItems().stream().allMatch(r -> r.line().status() == RegistrationStatus.NO_SHOW));
        assertThat(book.registrations().lines(event.id())).extracting(l -> l.status())
                .containsOnly(RegistrationStatus.NO_SHOW);
        assertThat(everySelected(table)).as("still all selected").isEqualTo(3);
    }

    @Test
    void aDuplicateAddressIsRefusedByTheFieldAndTheExistingRowIsSelected(FxRobot robot) throws Exception {
        TableView<RegistrantRow> table = openTab(robot);

        robot.clickOn("#" + RegistrantsView.ADD_ID);
        robot.clickOn("#" + RegistrantFormView.EMAIL_ID).write("Liam@MPI.example.org");
        robot.clickOn("#" + RegistrantFormView.FIRST_NAME_ID).write("William");
        robot.clickOn("#" + RegistrantFormView.SAVE_ID);

        waitFor(() -> robot.lookup("#" + RegistrantFormView.EMAIL_ERROR_ID).queryAs(Label.class).getText()
                .contains("already registered for this event as Liam Patuzzi"));
        assertThat(showing(robot.lookup("#" + RegistrantFormView.EMAIL_ERROR_ID).query())).isTrue();
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("Liam Patuzzi");
        assertThat(robot.lookup("#" + RegistrantFormView.SAVE_ID).queryButton().isDisabled()).isTrue();
        assertThat(table.getItems()).hasSize(3);
        assertThat(book.registrations().lines(event.id())).hasSize(3);
    }
}
