package org.podium.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import javafx.stage.Window;
import org.podium.ui.backup.RestoreView;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.privacy.PrivacyView;
import org.podium.ui.privacy.RetentionView;
import org.podium.ui.trash.TrashView;
import org.podium.ui.events.EventListView;
import org.podium.ui.organisations.OrganisationsView;
import org.podium.ui.people.PeopleView;
import org.podium.ui.suppression.SuppressionView;

/** The main window: menus, search, the sidebar of sections, the current section, the status bar. */
public final class ShellView {
    public static final String SEARCH_ID = "searchField";
    public static final String SIDEBAR_ID = "sidebar";
    public static final String STATUS_ID = "statusBook";
    public static final String NOTICE_ID = "statusNotice";
    public static final String LOAD_SAMPLE_ID = "loadSampleMenuItem";
    public static final String UNDO_ID = "undoLink";
    public static final String BACK_UP_ID = "backUpMenuItem";
    public static final String RESTORE_ID = "restoreMenuItem";
    public static final String TRASH_ID = "trashMenuItem";
    public static final String EXPORT_EVENT_ID = "exportEventMenuItem";
    public static final String IMPORT_EVENT_ID = "importEventMenuItem";
    public static final String PRIVACY_ERASE_ID = "privacyEraseMenuItem";
    public static final String PRIVACY_EXPORT_ID = "privacyExportMenuItem";
    public static final String RETENTION_ID = "retentionMenuItem";
    public static final String READ_ONLY_ID = "readOnlyNotice";
    public static final String CONNECTION_LOST_ID = "connectionLostBanner";
    public static final String CANCEL_TASK_ID = "statusCancel";
    public static final String SHORTCUTS_ID = "shortcutsMenuItem";
    public static final String RELOAD_ID = "reloadMenuItem";
    public static final String GUIDE_ID = "userGuideMenuItem";
    public static final String OPEN_TEAM_BOOK_ID = "openTeamBookMenuItem";
    public static final String OPEN_LAPTOP_BOOK_ID = "openLaptopBookMenuItem";
    static final String READ_ONLY_STYLE = "podium-read-only";
    static final String CONNECTION_LOST_STYLE = "podium-connection-lost";

    /** What the menus open that lives outside the shell: preferences, the about box, a restore. */
    public interface Actions {
        void openPreferences();

        void showAbout();

        void quit();

        /** Closes the book, puts the checked copy {@code source} in its place and reopens it. */
        void restoreBook(java.nio.file.Path source);

        /** Help → User guide: the guide bundled in the jar, in the system browser. */
        void openUserGuide();

        /** File → Open team book…: a book on a PostgreSQL server, in place of this one. */
        void openTeamBook();

        /** File → Open laptop book…: a book file, in place of this one. */
        void openLaptopBook();
    }

    private final ShellViewModel model;
    private final Actions actions;
    private final Map<Section, Region> built = new EnumMap<>(Section.class);

    public ShellView(ShellViewModel model, Actions actions) {
        this.model = model;
        this.actions = actions;
    }

    private BorderPane root;
    private TextField search;

    public Region build() {
        root = new BorderPane();
        root.setTop(new VBox(menus(), topBar()));
        root.setLeft(sidebar());
        StackPane content = new StackPane();
        showSection(content, model.sectionProperty().get());
        model.sectionProperty().addListener((obs, old, now) -> showSection(content, now));
        root.setCenter(content);
        root.setBottom(statusBar());
        return root;
    }

    /**
     * In the top bar's free middle while a team book's server cannot be reached; gone when it is
     * back. A banner of its own row pushed the whole window down as it came and went, moving the
     * field or button under the coordinator's pointer; here it takes the bar's height, never
     * more, and nothing else moves. Its whole text is in its tooltip when the bar cuts it short.
     */
    private Label connectionBanner() {
        Label banner = new Label("", new FontIcon(Feather.WIFI_OFF));
        banner.setId(CONNECTION_LOST_ID);
        banner.getStyleClass().add(CONNECTION_LOST_STYLE);
        banner.setWrapText(true);
        banner.setMinSize(0, 0);
        banner.setPrefHeight(0);
        banner.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        HBox.setHgrow(banner, Priority.ALWAYS);
        banner.textProperty().bind(model.connectionLostProperty());
        banner.visibleProperty().bind(model.connectionLostProperty().isNotEmpty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(model.connectionLostProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(480);
        banner.setTooltip(whole);
        return banner;
    }

    private MenuBar menus() {
        MenuItem newEvent = item("menu.edit.newEvent", Feather.PLUS, model::newEvent);
        newEvent.setAccelerator(Shortcuts.NEW_EVENT);
        newEvent.setDisable(model.readOnly());
        MenuItem preferences = item("menu.file.preferences", Feather.SETTINGS, actions::openPreferences);
        preferences.setAccelerator(KeyCombination.keyCombination("Shortcut+Comma"));
        MenuItem quit = item("menu.file.quit", Feather.LOG_OUT, actions::quit);
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        MenuItem openTeam = item("menu.file.openTeamBook", Feather.SERVER, actions::openTeamBook);
        openTeam.setId(OPEN_TEAM_BOOK_ID);
        MenuItem openLaptop = item("menu.file.openLaptopBook", Feather.FOLDER, actions::openLaptopBook);
        openLaptop.setId(OPEN_LAPTOP_BOOK_ID);
        Menu file = new Menu(Messages.get("menu.file"), null, newEvent, new SeparatorMenuItem(), openTeam, openLaptop,
                new SeparatorMenuItem(), preferences, new SeparatorMenuItem());
        file.getItems().addAll(dataItems());
        file.getItems().addAll(new SeparatorMenuItem(), quit);

        MenuItem sample = item("menu.help.loadSample", Feather.DOWNLOAD, model::loadSample);
        sample.setId(LOAD_SAMPLE_ID);
        sample.setDisable(model.readOnly());
        MenuItem about = item("menu.help.about", Feather.INFO, actions::showAbout);
        MenuItem shortcuts = item("menu.help.shortcuts", Feather.COMMAND, () -> ShortcutsView.showAndWait(window()));
        shortcuts.setId(SHORTCUTS_ID);
        MenuItem guide = item("menu.help.guide", Feather.BOOK_OPEN, actions::openUserGuide);
        guide.setId(GUIDE_ID);
        Menu help = new Menu(Messages.get("menu.help"), null, guide, shortcuts, sample, new SeparatorMenuItem(), about);
        return new MenuBar(file, editMenu(), viewMenu(), eventMenu(), privacyMenu(), help);
    }

    private Menu editMenu() {
        MenuItem save = item("menu.edit.save", Feather.CHECK, model::save);
        save.setAccelerator(Shortcuts.SAVE);
        MenuItem revert = item("menu.edit.revert", Feather.ROTATE_CCW, model::revert);
        revert.setAccelerator(Shortcuts.REVERT);
        MenuItem undo = item("menu.edit.undo", Feather.CORNER_UP_LEFT, model::undo);
        undo.setAccelerator(Shortcuts.UNDO);
        undo.disableProperty().bind(model.undoProperty().isNull());
        MenuItem find = item("menu.edit.find", Feather.SEARCH, this::focusSearch);
        find.setAccelerator(Shortcuts.FIND);
        return new Menu(Messages.get("menu.edit"), null, save, revert, new SeparatorMenuItem(), undo,
                new SeparatorMenuItem(), find);
    }

    private Menu viewMenu() {
        // View → Reload reads every list again; changes made elsewhere also arrive by themselves.
        MenuItem reload = item("menu.view.reload", Feather.REFRESH_CW, model::reload);
        reload.setId(RELOAD_ID);
        reload.setAccelerator(Shortcuts.RELOAD);
        Menu view = new Menu(Messages.get("menu.view"), null, reload, new SeparatorMenuItem());
        String[] tabs = {"events.tab.overview", "events.tab.panel", "events.tab.registrants", "events.tab.summary",
            "events.tab.export"};
        for (int i = 0; i < tabs.length; i++) {
            int index = i;
            MenuItem tab = new MenuItem(Messages.get(tabs[i]));
            tab.setAccelerator(Shortcuts.TABS.get(i));
            tab.setOnAction(e -> model.showTab(index));
            view.getItems().add(tab);
        }
        return view;
    }

    private Menu eventMenu() {
        MenuItem importRegistrants = item("menu.event.importRegistrants", Feather.UPLOAD, model::importRegistrants);
        importRegistrants.setAccelerator(Shortcuts.IMPORT);
        importRegistrants.setDisable(model.readOnly());
        MenuItem export = item("menu.event.export", Feather.SHARE, () -> model.showTab(4));
        export.setAccelerator(Shortcuts.EXPORT);
        return new Menu(Messages.get("menu.event"), null, importRegistrants, export);
    }

    // Ctrl+F: the search of what is showing: the registrants' own search on their tab, else the window's.
    private void focusSearch() {
        javafx.scene.Node registrants = root.lookup("#" + org.podium.ui.registrants.RegistrantsView.SEARCH_ID);
        TextField target = model.sectionProperty().get() == Section.EVENTS && model.events().tabProperty().get() == 2
                && registrants instanceof TextField field && field.isVisible() && field.getScene() != null
                ? field : search;
        target.requestFocus();
        target.selectAll();
    }

    // The data-safety part of the File menu: backups, event files, the trash.
    private java.util.List<MenuItem> dataItems() {
        MenuItem backUp = item(model.onServer() ? "menu.file.saveOfflineCopy" : "menu.file.backUp", Feather.HARD_DRIVE,
                model::backUpNow);
        backUp.setId(BACK_UP_ID);
        MenuItem restore = model.onServer() ? offSaying("menu.file.restore", Feather.ROTATE_CCW, "menu.file.restore.onServer")
                : item("menu.file.restore", Feather.ROTATE_CCW,
                () -> new RestoreView(model.restore(actions::restoreBook)).showAndWait(window()));
        restore.setId(RESTORE_ID);
        restore.setDisable(model.readOnly() || model.onServer());
        MenuItem exportEvent = item("menu.file.exportEvent", Feather.SHARE, () -> model.eventFiles().exportSelected());
        exportEvent.setId(EXPORT_EVENT_ID);
        MenuItem importEvent = item("menu.file.importEvent", Feather.FOLDER, () -> model.eventFiles().importFile());
        importEvent.setId(IMPORT_EVENT_ID);
        importEvent.setDisable(model.readOnly());
        MenuItem trash = item("menu.file.trash", Feather.TRASH_2, () -> new TrashView(model.trash()).showAndWait(window()));
        trash.setId(TRASH_ID);
        return java.util.List.of(backUp, restore, new SeparatorMenuItem(), exportEvent, importEvent,
                new SeparatorMenuItem(), trash);
    }

    private Menu privacyMenu() {
        MenuItem erase = item("menu.privacy.erase", Feather.USER_X, () -> new PrivacyView(model.privacy()).showAndWait(window()));
        erase.setId(PRIVACY_ERASE_ID);
        MenuItem export = item("menu.privacy.export", Feather.FILE_TEXT,
                () -> new PrivacyView(model.privacy()).showAndWait(window()));
        export.setId(PRIVACY_EXPORT_ID);
        MenuItem retention = item("menu.privacy.retention", Feather.CLOCK,
                () -> new RetentionView(model.retention()).showAndWait(window()));
        retention.setId(RETENTION_ID);
        return new Menu(Messages.get("menu.privacy"), null, erase, export, new SeparatorMenuItem(), retention);
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /**
     * A menu item that stays off and says why when pointed at. A disabled item's own label shows
     * no tooltip, so its text is a label of its own, which the menu greys but still lets hover.
     */
    private static MenuItem offSaying(String key, Feather icon, String whyKey) {
        Label label = new Label(Messages.get(key), new FontIcon(icon));
        label.setTooltip(new Tooltip(Messages.get(whyKey)));
        label.getTooltip().setWrapText(true);
        label.getTooltip().setMaxWidth(420);
        CustomMenuItem item = new CustomMenuItem(label, false);
        item.setDisable(true);
        return item;
    }

    private static MenuItem item(String key, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key), new FontIcon(icon));
        item.setOnAction(e -> action.run());
        return item;
    }

    private HBox topBar() {
        Label name = new Label(Messages.get("app.name"));
        name.getStyleClass().add("podium-app-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        search = new TextField();
        search.setId(SEARCH_ID);
        search.setPromptText(Messages.get("shell.search.prompt"));
        search.setPrefColumnCount(28);
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                // Consumed, so that Escape here does not also revert the form.
                e.consume();
                search.clear();
            }
        });
        // The banner, empty and unseen while the book is reachable, keeps the search at the bar's end.
        HBox bar = new HBox(12, new FontIcon(Feather.MIC), name, connectionBanner(), new FontIcon(Feather.SEARCH),
                search);
        if (model.readOnly()) {
            Label readOnly = new Label(Messages.get(model.onServer() ? "readOnly.noticeRole" : "readOnly.notice"),
                    new FontIcon(Feather.LOCK));
            readOnly.setId(READ_ONLY_ID);
            readOnly.getStyleClass().add(READ_ONLY_STYLE);
            bar.getChildren().add(2, readOnly);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("podium-top-bar");
        return bar;
    }

    private ListView<Section> sidebar() {
        ListView<Section> list = new ListView<>();
        list.setId(SIDEBAR_ID);
        list.getStyleClass().add(StyleClasses.SIDEBAR);
        list.getItems().setAll(Section.values());
        list.setPrefWidth(170);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Section section, boolean empty) {
                super.updateItem(section, empty);
                if (empty || section == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    setText(Messages.get("section." + section.name().toLowerCase(java.util.Locale.ROOT)));
                    setGraphic(new FontIcon(icon(section)));
                }
            }
        });
        list.getSelectionModel().select(model.sectionProperty().get());
        // Another section once the forms' edits are settled; if the coordinator stays, so does the sidebar.
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.goTo(now, () -> javafx.application.Platform.runLater(() ->
                        list.getSelectionModel().select(model.sectionProperty().get())));
            }
        });
        model.sectionProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        return list;
    }

    private static Feather icon(Section section) {
        return switch (section) {
            case EVENTS -> Feather.CALENDAR;
            case PEOPLE -> Feather.USERS;
            case ORGANISATIONS -> Feather.BRIEFCASE;
            case SUPPRESSION -> Feather.SLASH;
        };
    }

    private void showSection(StackPane content, Section section) {
        content.getChildren().setAll(built.computeIfAbsent(section, s -> build(s).get()));
    }

    private Supplier<Region> build(Section section) {
        return switch (section) {
            case EVENTS -> () -> new EventListView(model.events(), model.panel(), model.clock(), model.export(), model.publish(),
                    model.importer()).build();
            case PEOPLE -> () -> new PeopleView(model.people()).build();
            case ORGANISATIONS -> () -> new OrganisationsView(model.organisations()).build();
            case SUPPRESSION -> () -> new SuppressionView(model.suppression()).build();
        };
    }

    private HBox statusBar() {
        Label book = new Label();
        book.setId(STATUS_ID);
        book.textProperty().bind(model.statusProperty());
        book.getStyleClass().add(StyleClasses.MUTED);
        // The book's path and the running task keep their whole text; a long notice (a restore
        // names two files) wraps onto a second line instead of cutting all three short.
        book.setMinWidth(Region.USE_PREF_SIZE);
        Label notice = new Label();
        notice.setId(NOTICE_ID);
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        Hyperlink undo = new Hyperlink(Messages.get("common.undo"));
        undo.setId(UNDO_ID);
        undo.visibleProperty().bind(model.undoProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undo());
        undo.setMinWidth(Region.USE_PREF_SIZE);
        Label task = new Label();
        task.textProperty().bind(model.runner().messageProperty());
        task.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(160);
        progress.progressProperty().bind(model.runner().progressProperty());
        progress.visibleProperty().bind(model.runner().busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Hyperlink cancel = new Hyperlink(Messages.get("common.cancel"));
        cancel.setId(CANCEL_TASK_ID);
        cancel.visibleProperty().bind(model.cancellableProperty().and(model.runner().busyProperty()));
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> model.cancelTask());
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, new FontIcon(Feather.DATABASE), book, spacer, notice, undo, task, progress, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add(StyleClasses.STATUS_BAR);
        return bar;
    }
}
