package org.podium.app;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.domain.EventStatus;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.service.Book;
import org.podium.service.common.Preferences;
import org.podium.ui.common.Messages;
import org.podium.ui.registrants.RegistrantsView;
import org.podium.ui.shell.Section;
import org.podium.ui.shell.ShellView;
import org.podium.ui.shell.ShellViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every screen of the window at 1280×800 in English and in Italian (each section, each
 * tab of an event, the month, the forms, the menus and the dialogs the menus open) and fails
 * on any label, button, radio, menu item or column header drawn cut short.
 */
@ExtendWith(ApplicationExtension.class)
class NothingCutShortWindowTest {
    private static final String EVENT = "European Cities on the Front Line";
    /** The samples are concluded; an event of each other status puts every status chip in the list. */
    private static final List<EventStatus> OTHER_STATUSES = List.of(EventStatus.DRAFT, EventStatus.SCHEDULED,
            EventStatus.CANCELLED);

    @TempDir
    static Path dir;
    private Stage stage;
    private Book book;
    private PodiumWindow window;
    private Event event;
    private final List<String> cut = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (book != null) {
            book.close();
        }
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void nothingIsCutShortInEnglish(FxRobot robot) throws Exception {
        walk(robot, Preferences.Language.ENGLISH);
    }

    @Test
    void nothingIsCutShortInItalian(FxRobot robot) throws Exception {
        walk(robot, Preferences.Language.ITALIAN);
    }

    private void walk(FxRobot robot, Preferences.Language language) throws Exception {
        open(robot, language);
        ShellViewModel shell = window.shell();
        waitFor(() -> shell.events().rows().size() == 2 + OTHER_STATUSES.size());
        look("events, nothing selected");

        robot.interact(() -> shell.events().select(event.id()));
        waitFor(() -> robot.lookup(".tab-pane").tryQuery().isPresent());
        TabPane tabs = robot.lookup(".podium-details .tab-pane").queryAs(TabPane.class);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            Tab tab = tabs.getTabs().get(i);
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            if (i == 2) {
                TableView<?> registrants = robot.lookup("#" + RegistrantsView.TABLE_ID).queryTableView();
                waitFor(() -> registrants.getItems().size() == 24);
            }
            settle();
            look("tab " + tab.getText());
            tabHeadersFit(tabs);
        }
        robot.interact(() -> tabs.getSelectionModel().select(2));
        robot.interact(() -> shell.events().registrants().add());
        look("registrant form");
        robot.interact(() -> shell.events().registrants().form().cancel());
        robot.interact(() -> shell.events().registrants().chartsShownProperty().set(true));
        look("registrant charts");
        robot.interact(() -> shell.events().registrants().chartsShownProperty().set(false));

        robot.interact(() -> shell.importer().dropped(event, fixture("generic-english.csv")));
        waitFor(() -> dialog() != null && !shell.importer().previewingProperty().get());
        assertThat(dialog()).extracting(w -> ((Stage) w).getTitle()).isEqualTo(Messages.get("import.title"));
        lookAtDialog("import dialog");

        robot.interact(() -> shell.events().calendarShownProperty().set(true));
        look("month");
        robot.interact(() -> shell.events().calendarShownProperty().set(false));
        robot.interact(() -> shell.events().newEvent());
        look("new event");

        robot.interact(() -> {
            shell.sectionProperty().set(Section.PEOPLE);
            shell.people().newPerson();
        });
        look("people, new person");
        robot.interact(() -> {
            shell.sectionProperty().set(Section.ORGANISATIONS);
            shell.organisations().newOrganisation();
        });
        look("organisations, new organisation");
        robot.interact(() -> shell.sectionProperty().set(Section.SUPPRESSION));
        look("suppression");

        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            robot.interact(menu::show);
            settle();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof PopupWindow && w.isShowing()) {
                    cut.addAll(CutText.under(w.getScene().getRoot(), "menu " + menu.getText()));
                }
            }
            robot.interact(menu::hide);
            for (MenuItem item : menu.getItems()) {
                if (opensADialog(item)) {
                    Platform.runLater(item::fire);
                    waitFor(() -> dialog() != null);
                    assertThat(((Stage) dialog()).getTitle()).as("the dialog %s opens", item.getText())
                            .isEqualTo(expectedTitle(item));
                    lookAtDialog(item.getText());
                }
            }
        }
        assertThat(stage.getWidth()).isEqualTo(1280);
        assertThat(cut).as("text cut short in " + language).isEmpty();
    }

    private void open(FxRobot robot, Preferences.Language language) throws Exception {
        book = Composition.openBook(dir.resolve(language + "-" + System.nanoTime() + ".db"), Clock.systemUTC());
        book.samples().loadWithoutRegistrants();
        book.samples().markOffered();
        event = book.events().list().stream().map(s -> s.event()).filter(e -> e.title().equals(EVENT))
                .findFirst().orElseThrow();
        for (EventStatus status : OTHER_STATUSES) {
            book.events().add(Event.builder("A " + status + " webinar", LocalDateTime.parse("2027-03-10T10:00"),
                    ZoneId.of("Europe/Rome"), 60).status(status).build());
        }
        RegistrationStatus[] statuses = RegistrationStatus.values();
        for (int i = 0; i < 24; i++) {
            book.registrations().add(new Registration(0, event.id(), "person" + i + "@example.org", "Firstname" + i,
                    "Lastname", "Migration Policy Institute Europe", "Policy Analyst", "Milano", "IT", "it",
                    Instant.parse("2020-05-20T09:00:00Z").plusSeconds(3600L * i), RegistrationSource.CSV,
                    statuses[i % statuses.length], 0, i % 2 == 0, null, "", null, ""));
        }
        Path preferences = dir.resolve(language + "-preferences.properties");
        new Preferences(language, Preferences.Theme.LIGHT, Preferences.DEFAULT_ZONES, null).save(preferences);
        robot.interact(() -> window = PodiumWindow.show(stage, book, preferences, Clock.systemUTC()));
    }

    private static boolean opensADialog(MenuItem item) {
        Set<String> ids = Set.of(ShellView.RESTORE_ID, ShellView.TRASH_ID, ShellView.PRIVACY_ERASE_ID,
                ShellView.RETENTION_ID);
        return item.getText() != null && (item.getId() != null && ids.contains(item.getId())
                || item.getText().equals(Messages.get("menu.file.preferences"))
                || item.getText().equals(Messages.get("menu.help.about")));
    }

    /** The title of the dialog {@code item} opens. */
    private static String expectedTitle(MenuItem item) {
        if (item.getText().equals(Messages.get("menu.file.preferences"))) {
            return Messages.get("preferences.title");
        }
        if (item.getText().equals(Messages.get("menu.help.about"))) {
            return Messages.get("about.title");
        }
        return Messages.get(switch (item.getId()) {
            case ShellView.RESTORE_ID -> "restore.title";
            case ShellView.TRASH_ID -> "trash.title";
            case ShellView.PRIVACY_ERASE_ID -> "privacy.title";
            default -> "retention.title";
        });
    }

    /** The dialog over the window, if one is showing. */
    private Window dialog() {
        for (Window w : Window.getWindows()) {
            if (w != stage && w instanceof Stage && w.isShowing()) {
                return w;
            }
        }
        return null;
    }

    private void lookAtDialog(String where) throws Exception {
        settle();
        Window shown = dialog();
        cut.addAll(CutText.under(shown.getScene().getRoot(), where));
        if (shown.getScene().getRoot() instanceof javafx.scene.control.DialogPane pane
                && pane.getContent() instanceof javafx.scene.layout.Region content
                && (content.getPadding().getLeft() < 8 || content.getPadding().getRight() < 8)) {
            cut.add(where + ": the content touches the dialog's edges");
        }
        Platform.runLater(((Stage) shown)::close);
        waitFor(() -> dialog() == null);
    }

    private void look(String where) {
        settle();
        cut.addAll(CutText.under(stage.getScene().getRoot(), where));
    }

    private void tabHeadersFit(TabPane tabs) {
        Node area = tabs.lookup(".tab-header-area");
        double right = area.localToScene(area.getLayoutBounds()).getMaxX();
        for (Node label : tabs.lookupAll(".tab-label")) {
            if (label.localToScene(label.getLayoutBounds()).getMaxX() > right) {
                cut.add("tab header '" + ((javafx.scene.control.Labeled) label).getText() + "' past the tab row");
            }
        }
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Path fixture(String name) {
        try (InputStream in = getClass().getResourceAsStream("/org/podium/exchange/csv/" + name)) {
            return Files.write(dir.resolve(System.nanoTime() + "-" + name), in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }
}
