package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.ExportDestination;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.service.Book;
import org.podium.service.events.EventSummary;
import org.podium.store.RegistrationStore;
import org.podium.ui.events.EventListView;
import org.podium.ui.export.ExportView;
import org.podium.ui.suppression.SuppressionView;
import org.podium.ui.suppression.SuppressionViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The Export tab and the Suppression section in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {
    @TempDir
    static Path dir;
    private Book book;

    @Start
    void start(Stage stage) {
        book = Composition.openBook(dir.resolve("export-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().loadWithoutRegistrants();
        book.samples().markOffered();
        long may = book.events().list().stream().map(EventSummary::event)
                .filter(e -> e.title().startsWith("European")).findFirst().orElseThrow().id();
        RegistrationStore store = new RegistrationStore(book.database());
        for (String email : List.of("ana@example.org", "bob@example.org", "info@example.org")) {
            store.insert(new Registration(0, may, email, "Name", "=1+1", "", "", "", "", "", Instant.now(),
                    RegistrationSource.CSV, RegistrationStatus.ATTENDED, 0, true, null, "", Map.of(), ""));
        }
        PodiumWindow.show(stage, book, dir.resolve("preferences.properties"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void theExportTabPreviewsTheRowsAsTheyWillBeWritten(FxRobot robot) throws Exception {
        TableView<?> events = robot.lookup("#" + EventListView.TABLE_ID).queryTableView();
        waitFor(() -> events.getItems().size() == 2);
        robot.clickOn("European Cities on the Front Line");
        robot.clickOn("Export");
        TableView<List<String>> preview = robot.lookup("#" + ExportView.PREVIEW_ID).queryTableView();
        waitFor(() -> preview.getItems().size() == 2);
        assertThat(preview.getItems().get(0)).containsExactly("ana@example.org", "Name", "'=1+1",
                "European Cities on the Front Line (2020-05-28)");
        assertThat(robot.lookup("#" + ExportView.SAVE_ID).queryButton().isDisabled()).isFalse();

        ComboBox<ExportDestination> profile = robot.lookup("#" + ExportView.PROFILE_ID).queryComboBox();
        robot.interact(() -> profile.setValue(ExportDestination.FULL));
        waitFor(() -> preview.getItems().size() == 3 && preview.getColumns().get(0).getText().equals("email"));
    }

    @Test
    void pastedAddressesAreSuppressedAndWhatIsNotAnAddressStays(FxRobot robot) throws Exception {
        TableView<?> events = robot.lookup("#" + EventListView.TABLE_ID).queryTableView();
        waitFor(() -> events.getItems().size() == 2);
        robot.clickOn("Suppression");
        TableView<SuppressionViewModel.Row> table = robot.lookup("#" + SuppressionView.TABLE_ID).queryTableView();
        TextArea paste = robot.lookup("#" + SuppressionView.PASTE_ID).queryAs(TextArea.class);
        robot.interact(() -> paste.setText("Ana Rossi <ana@example.org>; nonsense"));
        Button add = robot.lookup("#" + SuppressionView.ADD_ID).queryButton();
        robot.clickOn(add);
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).email()).isEqualTo("ana@example.org");
        waitFor(() -> paste.getText().equals("nonsense"));
        assertThat(book.suppressions().isSuppressed("ANA@example.org")).isTrue();
    }

    @Test
    void anAddressTypedIntoSuppressionIsLeftOutOfTheExportUntilItIsRemovedAgain(FxRobot robot) throws Exception {
        Coordinator hands = new Coordinator(robot);
        waitFor(() -> hands.table(EventListView.TABLE_ID).getItems().size() == 2);
        robot.clickOn("Suppression");
        TableView<SuppressionViewModel.Row> table = hands.table(SuppressionView.TABLE_ID);
        robot.clickOn("#" + SuppressionView.PASTE_ID).write("BOB@Example.org");
        robot.clickOn("#" + SuppressionView.ADD_ID);
        waitFor(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).email()).isEqualTo("bob@example.org");
        assertThat(hands.notice()).isEqualTo("Suppressed 1 new address (none was already there).");
        assertThat(robot.lookup("1 address").tryQuery()).isPresent();

        robot.clickOn("Events");
        robot.clickOn("European Cities on the Front Line");
        robot.clickOn("Export");
        TableView<List<String>> preview = hands.table(ExportView.PREVIEW_ID);
        waitFor(() -> preview.getItems().size() == 1);
        assertThat(preview.getItems().get(0).get(0)).isEqualTo("ana@example.org");
        // The Save button asks for a file through the system's chooser; the same export, to a file:
        Path file = dir.resolve("mailchimp-" + System.nanoTime() + ".csv");
        book.export().export(new org.podium.service.export.ExportRequest(List.of(book.events().list().stream()
                .map(EventSummary::event).filter(e -> e.title().startsWith("European")).findFirst().orElseThrow().id()),
                ExportDestination.MAILCHIMP, org.podium.service.export.ExportRequest.ACTIVE, false, false), file, org.podium.service.common.Progress.NONE);
        assertThat(java.nio.file.Files.readString(file)).contains("ana@example.org").doesNotContain("bob@example.org");

        robot.clickOn("Suppression");
        robot.clickOn("bob@example.org").type(javafx.scene.input.KeyCode.DELETE);
        waitFor(table.getItems()::isEmpty);
        assertThat(book.suppressions().isSuppressed("bob@example.org")).isFalse();
    }
}
