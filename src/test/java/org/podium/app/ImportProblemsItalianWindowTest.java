package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
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
import org.podium.ui.importing.ImportProblemLine;
import org.podium.ui.importing.ImportView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The import dialog of a window set to Italian, headless: a file with a bad address, an unknown
 * country and a bad status lists each problem in Italian, with the values as the file has them.
 */
@ExtendWith(ApplicationExtension.class)
class ImportProblemsItalianWindowTest {
    private static final String EVENT = "European Cities on the Front Line";

    @TempDir
    static Path dir;
    private Book book;
    private Event event;
    private PodiumWindow window;

    @Start
    void start(Stage stage) {
        book = Composition.openBook(dir.resolve("import-it-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().loadWithoutRegistrants();
        book.samples().markOffered();
        event = book.events().list().stream().map(EventSummary::event).filter(e -> e.title().equals(EVENT))
                .findFirst().orElseThrow();
        Path preferences = dir.resolve("italian-" + System.nanoTime() + ".properties");
        new Preferences(Preferences.Language.ITALIAN, Preferences.Theme.DARK, Preferences.DEFAULT_ZONES, null)
                .save(preferences);
        window = PodiumWindow.show(stage, book, preferences, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        book.close();
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void theProblemsOfAFileAreListedInItalianWithTheirLineAndValues(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve(System.nanoTime() + "-partner.csv"),
                "Email;Nome;Country;Status\nana.rossi@comune.milano.it;Ana;IT;registered\n"
                        + "not-an-address;Bob;Atlantis;gone\n", StandardCharsets.UTF_8);

        robot.interact(() -> window.shell().importer().dropped(event, file));

        ListView<ImportProblemLine> problems = robot.lookup("#" + ImportView.PROBLEMS_ID).queryListView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> problems.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problems.getItems()).extracting(ImportProblemLine::where).containsOnly("Riga 3");
        assertThat(problems.getItems()).extracting(ImportProblemLine::message).containsExactlyInAnyOrder(
                "Il paese “Atlantis” non è tra quelli che Podium riconosce; viene tenuto così come è scritto.",
                "Il valore “gone” della colonna Status non è uno stato che Podium conosce (registered, waitlisted,"
                        + " cancelled, attended, no-show, oppure uno proprio di una piattaforma come “Checked In”).",
                "Email non valida “not-an-address”: un indirizzo ha la forma nome@example.org.");
    }
}
