package org.podium.ui.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.ExportDestination;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.service.Book;
import org.podium.service.events.EventSummary;
import org.podium.store.RegistrationStore;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/** The Export tab on its own, with previews that finish only when the test says so. */
@ExtendWith(ApplicationExtension.class)
class ExportViewTest {
    @TempDir
    static Path dir;
    private Book book;
    private Event may;
    private final InPlaceTaskRunner tasks = new InPlaceTaskRunner().holding();
    private ExportViewModel model;
    private ExportView view;

    @Start
    void start(Stage stage) {
        book = Composition.openBook(dir.resolve("view-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().loadWithoutRegistrants();
        may = book.events().list().stream().map(EventSummary::event)
                .filter(e -> e.title().startsWith("European")).findFirst().orElseThrow();
        new RegistrationStore(book.database()).insert(new Registration(0, may.id(), "ana@example.org", "Ana",
                "Rossi", "", "", "", "", "", Instant.now(), RegistrationSource.CSV, RegistrationStatus.ATTENDED, 0,
                true, null, "", Map.of(), ""));
        model = new ExportViewModel(book.export(), book.events(), tasks, new FakeDialogService(), new FakeNotifier());
        // The window's look (cells are laid out by its theme).
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        view = new ExportView(model);
        Scene scene = new Scene(view.build(), 900, 800);
        scene.getStylesheets().add("/org/podium/ui/podium.css");
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void theLastChecksFadeWhileASlowPreviewRunsAndComeBackWithTheNewOnes(FxRobot robot) throws Exception {
        Node checks = robot.lookup("#" + ExportView.CHECKS_ID).query();
        TableView<List<String>> preview = robot.lookup("#" + ExportView.PREVIEW_ID).queryTableView();
        robot.interact(() -> {
            model.show(may);
            model.activeProperty().set(true);
            tasks.finishHeld();
        });
        assertThat(preview.getItems()).hasSize(1);
        assertThat(checks.getOpacity()).isEqualTo(1.0);

        robot.interact(() -> model.destinationProperty().set(ExportDestination.FULL));
        assertThat(tasks.heldJobs()).as("the new preview is still running").isPositive();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> checks.getOpacity() < 1 && preview.getOpacity() < 1);
        assertThat(preview.getColumns().get(0).getText()).as("the old rows, faded").isEqualTo("Email Address");

        robot.interact(tasks::finishHeld);
        assertThat(checks.getOpacity()).isEqualTo(1.0);
        assertThat(preview.getOpacity()).isEqualTo(1.0);
        assertThat(preview.getColumns().get(0).getText()).isEqualTo("email");
    }

    @Test
    void aPreviewThatEndsInTimeFadesNothingLater(FxRobot robot) throws Exception {
        Node checks = robot.lookup("#" + ExportView.CHECKS_ID).query();
        robot.interact(() -> {
            model.show(may);
            model.activeProperty().set(true);
            tasks.finishHeld();
            model.destinationProperty().set(ExportDestination.BREVO);
        });
        robot.interact(tasks::finishHeld);
        // A preview that ended in time stopped its fading: nothing fades later.
        assertThat(view.fadingDue()).isFalse();
        assertThat(checks.getOpacity()).isEqualTo(1.0);
    }

    @Test
    void rowsShownAgainUnderNewColumnsAreDrawnInTheMiddleOfTheirRows(FxRobot robot) {
        robot.interact(() -> {
            model.show(may);
            model.activeProperty().set(true);
            tasks.finishHeld();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            model.destinationProperty().set(ExportDestination.BREVO);
            tasks.finishHeld();
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<List<String>> preview = robot.lookup("#" + ExportView.PREVIEW_ID).queryTableView();
        assertThat(preview.getColumns().get(0).getText()).isEqualTo("EMAIL");
        List<TableCell<?, ?>> cells = robot.from(preview).lookup(".table-cell")
                .<TableCell<?, ?>>queryAll().stream()
                .filter(c -> c.getText() != null && !c.getText().isEmpty()).toList();
        assertThat(cells).extracting(TableCell::getText).contains("ana@example.org", "Ana");
        for (TableCell<?, ?> cell : cells) {
            Node text = cell.lookup(".text");
            double cellMiddle = cell.localToScene(cell.getLayoutBounds()).getCenterY();
            double textMiddle = text.localToScene(text.getLayoutBounds()).getCenterY();
            assertThat(textMiddle).as(cell.getText()).isCloseTo(cellMiddle, offset(3.0));
        }
    }
}
