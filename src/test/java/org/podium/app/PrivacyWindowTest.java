package org.podium.app;

import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.Book;
import org.podium.service.events.EventSummary;
import org.podium.ui.events.EventListView;
import org.podium.ui.privacy.PrivacyView;
import org.podium.ui.privacy.RetentionView;
import org.podium.ui.privacy.RetentionViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.podium.app.Coordinator.waitFor;

/** The Privacy menu's dialogs in the real window, headless: erasing a person, and the retention rule. */
@ExtendWith(ApplicationExtension.class)
class PrivacyWindowTest {
    private static final String MARCO = "marco.marini@example.com";

    @TempDir
    static Path dir;
    private Book book;

    @Start
    void start(Stage stage) {
        book = Composition.openBook(dir.resolve("privacy-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().load();
        book.samples().markOffered();
        PodiumWindow.show(stage, book, dir.resolve("preferences.properties"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private long registrationsOf(String email) {
        return book.events().list().stream().map(EventSummary::event)
                .filter(e -> book.registrations().findByEmail(e.id(), email).isPresent()).count();
    }

    @Test
    void anAddressTypedAsTheDialogOpensIsLookedUpWithEnterAndErasedForGood(FxRobot robot) throws Exception {
        Coordinator hands = new Coordinator(robot);
        waitFor(() -> hands.table(EventListView.TABLE_ID).getItems().size() == 2);
        assertThat(registrationsOf(MARCO)).isEqualTo(2);
        hands.menu("Privacy", "Erase a person…");
        hands.dialog("Privacy");
        Label held = robot.lookup("#" + PrivacyView.HELD_ID).queryAs(Label.class);

        // The cursor waits in the address field: typing goes there and Enter looks it up.
        robot.write("MARCO.MARINI@example.com").type(KeyCode.ENTER);
        waitFor(() -> held.getText().contains("Registration for “European Cities on the Front Line”"));
        assertThat(held.getText()).contains("Registration for “Social Innovation for Migrant Integration”");

        robot.clickOn("#" + PrivacyView.ERASE_ID);
        hands.answer("Erase " + MARCO + "?", "Erase for good");
        waitFor(() -> held.getText().equals(MARCO + " was erased and is on the suppression list."));
        assertThat(hands.notice()).isEqualTo("Erased " + MARCO + ": 2 registrations and no directory entry.");
        assertThat(registrationsOf(MARCO)).isZero();
        assertThat(book.suppressions().isSuppressed(MARCO)).isTrue();

        hands.close("Privacy");
    }

    @Test
    void aRuleTypedAndEnteredShowsWhatIsDueAndAnonymisingItEmptiesTheAddresses(FxRobot robot) throws Exception {
        Coordinator hands = new Coordinator(robot);
        waitFor(() -> hands.table(EventListView.TABLE_ID).getItems().size() == 2);
        assertThat(registrationsOf("marco.rossi@example.com")).isPositive();
        hands.menu("Privacy", "Retention…");
        hands.dialog("Retention");
        TableView<RetentionViewModel.Row> due = hands.table(RetentionView.TABLE_ID);
        assertThat(due.getItems()).isEmpty();

        // The cursor waits in the months field; Enter saves the rule for the whole book.
        robot.write("24").type(KeyCode.ENTER);
        waitFor(() -> due.getItems().size() == 2);
        assertThat(due.getItems()).extracting(RetentionViewModel.Row::title)
                .containsExactlyInAnyOrder("European Cities on the Front Line", "Social Innovation for Migrant Integration");
        assertThat(robot.lookup("Rules in force: the whole book: 24 months").tryQuery()).isPresent();
        long total = due.getItems().stream().mapToLong(RetentionViewModel.Row::registrants).sum();

        robot.clickOn("#" + RetentionView.APPLY_ID);
        hands.answer("Anonymise these registrants?", "Anonymise");
        waitFor(due.getItems()::isEmpty);
        assertThat(hands.notice()).isEqualTo("Anonymised " + total + " registrants of 2 events.");
        assertThat(registrationsOf("marco.rossi@example.com")).isZero();

        hands.close("Retention");
    }
}
