package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.service.Book;
import org.podium.service.common.Preferences;
import org.podium.service.events.EventSummary;
import org.podium.ui.common.Messages;
import org.podium.ui.events.EventListView;
import org.podium.ui.importing.ImportProblemLine;
import org.podium.ui.importing.ImportView;
import org.podium.ui.registrants.RegistrantRow;
import org.podium.ui.registrants.RegistrantsView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import dialog in the real window, headless: a file dropped on the Registrants tab is
 * previewed, imported and shown in the table; a file with a bad row waits for "skip"; in an
 * Italian window the problems are listed in Italian.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {
    private static final String EVENT = "European Cities on the Front Line";

    @TempDir
    static Path dir;
    private Stage stage;
    private Book book;
    private Event event;
    private PodiumWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        book = Composition.openBook(dir.resolve("import-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().loadWithoutRegistrants();
        book.samples().markOffered();
        event = book.events().list().stream().map(EventSummary::event).filter(e -> e.title().equals(EVENT))
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        book.close();
        Messages.use(Locale.ENGLISH);
    }

    private void show(FxRobot robot, Preferences.Language language, Preferences.Theme theme) {
        Path preferences = dir.resolve(language + "-" + System.nanoTime() + ".properties");
        new Preferences(language, theme, Preferences.DEFAULT_ZONES, null).save(preferences);
        robot.interact(() -> window = PodiumWindow.show(stage, book, preferences, Clock.systemUTC()));
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        // Generous: on a loaded two-core machine the first reading of a file waits behind the tab's own loads.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    private TableView<RegistrantRow> openTab(FxRobot robot) throws Exception {
        TableView<?> events = robot.lookup("#" + EventListView.TABLE_ID).queryTableView();
        waitFor(() -> events.getItems().size() == 2);
        robot.clickOn(EVENT);
        Node tab = robot.lookup(".tab-header-area .tab-label").match(LabeledMatchers.hasText("Registrants")).query();
        robot.clickOn(tab);
        return robot.lookup("#" + RegistrantsView.TABLE_ID).queryTableView();
    }

    private void drop(FxRobot robot, Path file) {
        robot.interact(() -> window.shell().importer().dropped(event, file));
    }

    private Path fixture(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/org/podium/exchange/csv/" + name)) {
            return Files.write(dir.resolve(System.nanoTime() + "-" + name), in.readAllBytes());
        }
    }

    @Test
    void aDroppedZoomReportIsPreviewedAndImportedIntoTheTable(FxRobot robot) throws Exception {
        show(robot, Preferences.Language.ENGLISH, Preferences.Theme.LIGHT);
        TableView<RegistrantRow> table = openTab(robot);
        assertThat(table.getItems()).isEmpty();

        drop(robot, fixture("zoom-registration.csv"));

        TableView<?> rows = robot.lookup("#" + ImportView.ROWS_ID).queryTableView();
        Label readAs = robot.lookup("#" + ImportView.READ_AS_ID).queryAs(Label.class);
        waitFor(() -> rows.getItems().size() == 3 && !readAs.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(readAs.getText()).startsWith("Read as Zoom registration report · UTF-8");
        assertThat(robot.lookup("#" + ImportView.COLUMNS_ID).queryTableView().getItems()).hasSize(10);
        Button apply = robot.lookup("#" + ImportView.IMPORT_ID).queryButton();
        waitFor(() -> !apply.isDisabled());
        assertThat(apply.getText()).isEqualTo("Import 3 registrants");

        robot.clickOn(apply);

        waitFor(() -> table.getItems().size() == 3);
        assertThat(robot.lookup("#" + ImportView.OUTCOME_ID).queryAs(Label.class).getText())
                .startsWith("Imported: 3 new");
        assertThat(apply.isDisabled()).isTrue();
        robot.clickOn("#" + ImportView.CLOSE_ID);
        waitFor(() -> robot.lookup("#" + ImportView.ROWS_ID).tryQuery().isEmpty());
        assertThat(book.registrations().lines(event.id())).hasSize(3);
    }

    @Test
    void aFileWithABadRowListsItsLineAndImportsOnlyWhenBadRowsAreSkipped(FxRobot robot) throws Exception {
        show(robot, Preferences.Language.ENGLISH, Preferences.Theme.LIGHT);
        TableView<RegistrantRow> table = openTab(robot);
        Path file = Files.writeString(dir.resolve(System.nanoTime() + "-partner.csv"),
                "Email;Nome;Cognome\nana.rossi@comune.milano.it;Ana;Rossi\nnot-an-address;Bob;Nobody\n",
                StandardCharsets.UTF_8);

        drop(robot, file);

        ListView<?> problems = robot.lookup("#" + ImportView.PROBLEMS_ID).queryListView();
        waitFor(() -> !problems.getItems().isEmpty());
        assertThat(problems.getItems().get(0).toString()).contains("Line 3");
        Button apply = robot.lookup("#" + ImportView.IMPORT_ID).queryButton();
        assertThat(apply.isDisabled()).isTrue();

        skipAndStayStill(robot, apply);
        robot.clickOn(apply);

        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).name()).isEqualTo("Ana Rossi");
    }

    @Test
    void inAnItalianWindowTheProblemsOfAFileAreListedInItalianWithTheirLineAndValues(FxRobot robot)
            throws Exception {
        show(robot, Preferences.Language.ITALIAN, Preferences.Theme.DARK);
        Path file = Files.writeString(dir.resolve(System.nanoTime() + "-partner.csv"),
                "Email;Nome;Country;Status\nana.rossi@comune.milano.it;Ana;IT;registered\n"
                        + "not-an-address;Bob;Atlantis;gone\n", StandardCharsets.UTF_8);

        drop(robot, file);

        ListView<ImportProblemLine> problems = robot.lookup("#" + ImportView.PROBLEMS_ID).queryListView();
        waitFor(() -> problems.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problems.getItems()).extracting(ImportProblemLine::where).containsOnly("Riga 3");
        assertThat(problems.getItems()).extracting(ImportProblemLine::message).containsExactlyInAnyOrder(
                "Il paese “Atlantis” non è tra quelli che Podium riconosce; viene tenuto così come è scritto.",
                "Il valore “gone” della colonna Status non è uno stato che Podium conosce: usa uno di iscritto, in"
                        + " lista d’attesa, annullato, presente, assente, oppure i nomi inglesi registered, waitlisted,"
                        + " cancelled, attended, no-show, o uno proprio di una piattaforma come “Checked In”.",
                "Email non valida “not-an-address”: un indirizzo ha la forma nome@example.org.");
        // Why Import is disabled is read above the buttons in a line or two, not wrapped word by word in a sliver.
        Label whyNot = robot.lookup("#" + ImportView.WHY_NOT_ID).queryAs(Label.class);
        assertThat(whyNot.getText()).startsWith("1 riga ha un problema");
        assertThat(whyNot.getHeight()).isLessThan(3 * whyNot.getFont().getSize() * 1.5);
        assertThat(CutText.under(whyNot.getScene().getRoot(), "the import dialog")).isEmpty();

        skipAndStayStill(robot, robot.lookup("#" + ImportView.IMPORT_ID).queryButton());
    }

    /** Ticks "Skip the rows with problems": the reason Import was disabled goes, and nothing moves. */
    private static void skipAndStayStill(FxRobot robot, Button apply) throws Exception {
        Node skip = robot.lookup("#" + ImportView.SKIP_ID).query();
        Label whyNot = robot.lookup("#" + ImportView.WHY_NOT_ID).queryAs(Label.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(whyNot.isVisible()).isTrue();
        double before = skip.localToScene(0, 0).getY();

        robot.clickOn(skip);
        waitFor(() -> !apply.isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(whyNot.isVisible()).as("the reason is gone").isFalse();
        assertThat(skip.localToScene(0, 0).getY()).as("the checkbox stays under the pointer").isEqualTo(before);
    }
}
