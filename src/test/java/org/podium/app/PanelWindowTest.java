package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Person;
import org.podium.service.Book;
import org.podium.ui.events.EventListView;
import org.podium.ui.common.EventRow;
import org.podium.ui.common.QuickAddDialog;
import org.podium.ui.panel.PanelAgendaView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Panel & agenda tab in the real window, headless: seat a speaker, then add an agenda item. */
@ExtendWith(ApplicationExtension.class)
class PanelWindowTest {
    @TempDir
    static Path dir;
    private Book book;

    @Start
    void start(Stage stage) {
        book = Composition.openBook(dir.resolve("panel-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().load();
        book.samples().markOffered();
        book.directory().addPerson(Person.named("Ana", "Costa"));
        PodiumWindow.show(stage, book, dir.resolve("preferences.properties"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    /** Scrolls the tab so the node is in view before the robot clicks it, as a user would. */
    private static <T extends Node> T reveal(FxRobot robot, T node) {
        robot.interact(() -> {
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    Node content = scroll.getContent();
                    double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(range <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / range)));
                    return;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    /** Opens the sample event's Panel & agenda tab and returns its seat list, once its five seats are shown. */
    private static Pane openPanelOfSocialInnovation(FxRobot robot) throws Exception {
        TableView<EventRow> events = robot.lookup("#" + EventListView.TABLE_ID).queryTableView();
        waitFor(() -> events.getItems().size() == 2);
        robot.clickOn("Social Innovation for Migrant Integration");
        robot.clickOn("Panel & agenda");
        Pane seats = robot.lookup("#" + PanelAgendaView.SEAT_LIST_ID).queryAs(Pane.class);
        waitFor(() -> seats.getChildren().size() == 5);
        return seats;
    }

    private long socialInnovation() {
        return book.events().list().stream().filter(s -> s.event().title().startsWith("Social Innovation"))
                .findFirst().orElseThrow().event().id();
    }

    @Test
    void aSpeakerIsSeatedAndAnAgendaItemAddedFromTheTab(FxRobot robot) throws Exception {
        Pane seats = openPanelOfSocialInnovation(robot);
        assertThat(robot.lookup("#" + PanelAgendaView.AGENDA_TOTAL_ID).queryAs(Label.class).getText())
                .isEqualTo("75 of 75 minutes planned: on time.");

        robot.clickOn(reveal(robot, robot.lookup("#" + PanelAgendaView.SEAT_PERSON_ID).<Node>query()));
        robot.write("Costa").type(KeyCode.ENTER);
        Button seat = robot.lookup("#" + PanelAgendaView.SEAT_BUTTON_ID).queryButton();
        waitFor(() -> !seat.isDisabled());
        robot.clickOn(reveal(robot, seat));
        waitFor(() -> seats.getChildren().size() == 6);
        assertThat(robot.from(seats).lookup("Ana Costa").tryQuery()).isPresent();
        assertThat(book.panel().seats(socialInnovation())).last()
                .satisfies(s -> assertThat(s.person().fullName()).isEqualTo("Ana Costa"));

        robot.clickOn(reveal(robot, robot.lookup("#" + PanelAgendaView.AGENDA_TITLE_ID).queryAs(TextField.class)))
                .write("Closing remarks");
        TextField minutes = robot.lookup("#" + PanelAgendaView.AGENDA_MINUTES_ID).queryAs(TextField.class);
        robot.doubleClickOn(reveal(robot, minutes)).write("20");
        robot.clickOn(reveal(robot, robot.lookup("#" + PanelAgendaView.AGENDA_SAVE_ID).queryButton()));

        Label total = robot.lookup("#" + PanelAgendaView.AGENDA_TOTAL_ID).queryAs(Label.class);
        waitFor(() -> total.getText().startsWith("Overruns"));
        assertThat(total.getText()).contains("95 of 75 minutes planned, 20 minutes too many");
        assertThat(book.panel().agenda(socialInnovation()).items()).last().satisfies(t -> {
            assertThat(t.item().title()).isEqualTo("Closing remarks");
            assertThat(t.start().toLocalTime()).hasToString("11:15");
        });
    }

    @Test
    void someoneAlreadyOnThePanelIsNamedAndCannotBeSeatedTwice(FxRobot robot) throws Exception {
        Pane seats = openPanelOfSocialInnovation(robot);

        robot.clickOn(reveal(robot, robot.lookup("#" + PanelAgendaView.SEAT_PERSON_ID).<Node>query()));
        robot.write("Patuzzi").type(KeyCode.ENTER);

        waitFor(() -> robot.lookup("Liam Patuzzi is already on this panel, as Presenter.").tryQuery().isPresent());
        assertThat(robot.lookup("#" + PanelAgendaView.SEAT_BUTTON_ID).queryButton().isDisabled()).isTrue();
        assertThat(book.panel().seats(socialInnovation())).hasSize(5);
    }

    @Test
    void aNewPersonRefusedForTheirAddressKeepsTheFormAsTypedAndIsSeatedOnceItIsRight(FxRobot robot) throws Exception {
        Pane seats = openPanelOfSocialInnovation(robot);

        robot.clickOn(reveal(robot, robot.lookup("#newPersonLink").<Node>query()));
        waitFor(() -> robot.lookup("#newPersonLinkName").tryQuery().isPresent());
        robot.clickOn("#newPersonLinkName").write("Ada Byron");
        robot.clickOn("#newPersonLinkEmail").write("ada@@example.org");
        robot.clickOn("#newPersonLinkPosition").write("Analyst");
        robot.clickOn("Add and seat");

        Label refusal = robot.lookup("#" + QuickAddDialog.REFUSAL_ID).queryAs(Label.class);
        waitFor(() -> "This is not an email address.".equals(refusal.getText()));
        assertThat(robot.lookup("#newPersonLinkName").queryAs(TextField.class).getText()).isEqualTo("Ada Byron");
        assertThat(robot.lookup("#newPersonLinkPosition").queryAs(TextField.class).getText()).isEqualTo("Analyst");
        assertThat(book.directory().people()).noneMatch(p -> p.person().fullName().equals("Ada Byron"));

        TextField email = robot.lookup("#newPersonLinkEmail").queryAs(TextField.class);
        robot.interact(email::clear);
        robot.clickOn(email).write("ada@example.org");
        robot.clickOn("Add and seat");

        waitFor(() -> seats.getChildren().size() == 6);
        waitFor(() -> robot.lookup("#newPersonLinkName").tryQuery().isEmpty());
        assertThat(book.panel().seats(socialInnovation())).last().satisfies(s -> {
            assertThat(s.person().fullName()).isEqualTo("Ada Byron");
            assertThat(s.person().email()).isEqualTo("ada@example.org");
            assertThat(s.person().position()).isEqualTo("Analyst");
        });
    }
}
