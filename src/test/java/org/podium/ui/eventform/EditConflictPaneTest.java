package org.podium.ui.eventform;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.Versioned;
import org.podium.service.Book;
import org.podium.service.common.Preferences;
import org.podium.service.events.EventDetails;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.InPlaceTaskRunner;
import org.podium.ui.forms.EditConflictPane;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The scheduling form when another coordinator saved the event while it was being edited (a
 * second open of the same book file): the conflict pane shows their values field by field,
 * and the save keeps the fields the user chose to keep and takes the others from them.
 */
@ExtendWith(ApplicationExtension.class)
class EditConflictPaneTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    private Book window;
    private Book other;
    private EventFormViewModel form;
    private final FakeDialogService dialogs = new FakeDialogService();
    private long id;

    @Start
    void start(Stage stage) {
        Path file = dir.resolve("conflict-" + System.nanoTime() + ".db");
        window = Composition.openBook(file, NOW);
        other = Composition.openBook(file, NOW);
        other.database().sign("Giulia Rossi", Clock.fixed(Instant.parse("2026-11-23T11:40:00Z"), ZoneOffset.UTC));
        id = window.events().add(Event.builder("Migrant inclusion", LocalDateTime.of(2026, 12, 3, 10, 0),
                ZoneId.of("Europe/Rome"), 60).platform("Zoom").capacity(100).build()).id();
        form = new EventFormViewModel(window.events(), window.directory(), new InPlaceTaskRunner(), dialogs, NOW,
                Preferences.DEFAULT_ZONES);
        EventDetails d = window.events().details(id).orElseThrow();
        form.load(d.event(), d.stamp(), form.pickLists());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new EventFormView(form, saved -> { }).build(), 1000, 760);
        scene.getStylesheets().add("/org/podium/ui/podium.css");
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        other.close();
        window.close();
    }

    @Test
    void keepMineOnOneFieldAndTakeTheirsOnAnotherSavesBothOverTheirVersion(FxRobot robot) {
        robot.interact(() -> {
            form.titleProperty().set("Migrant inclusion: my title");
            form.platformProperty().set("WebEx");
        });
        Event stored = other.events().get(id);
        other.events().update(stored.toBuilder().title("Migrant inclusion: their title").platform("Teams")
                .capacity(200).build());
        Node pane = robot.lookup("#" + EditConflictPane.PANE_ID).query();
        assertThat(pane.isVisible()).isFalse();

        robot.clickOn("#" + EventFormView.SAVE_ID);

        assertThat(pane.isVisible()).as("the conflict is shown, not an error").isTrue();
        assertThat(dialogs.errors).isEmpty();
        assertThat(robot.lookup("#" + EditConflictPane.PANE_ID + " .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList())
                .contains("Giulia Rossi saved this at " + heldAt() + " while you were editing it. For each field"
                        + " they changed, keep yours or take theirs, then save.")
                .contains("Title", "Migrant inclusion: their title", "Migrant inclusion: my title")
                .contains("Platform", "Teams", "WebEx", "Capacity", "200", "100");
        assertThat(form.titleProperty().get()).as("the edit in progress is kept").isEqualTo("Migrant inclusion: my title");
        assertThat(other.events().get(id).title()).isEqualTo("Migrant inclusion: their title");

        // Rows in the form's order: title (keep mine, the default for a field I changed),
        // platform (take theirs), capacity (theirs by default: I left it as opened).
        robot.clickOn("#" + EditConflictPane.MINE_ID + "0");
        robot.clickOn("#" + EditConflictPane.THEIRS_ID + "1");
        robot.clickOn("#" + EditConflictPane.SAVE_ID);

        Versioned<Event> saved = other.events().findVersioned(id).orElseThrow();
        assertThat(saved.value().title()).isEqualTo("Migrant inclusion: my title");
        assertThat(saved.value().platform()).isEqualTo("Teams");
        assertThat(saved.value().capacity()).isEqualTo(200);
        assertThat(saved.version()).isEqualTo(3);
        assertThat(pane.isVisible()).isFalse();
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    private static String heldAt() {
        // "23 Nov 2026 11:40" in UTC: a moment as every list and message of Podium writes it.
        return java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", java.util.Locale.ENGLISH)
                .format(Instant.parse("2026-11-23T11:40:00Z").atZone(ZoneId.systemDefault()));
    }
}
