package org.podium.ui.events;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.podium.domain.Event;
import org.podium.service.events.EventDetails;
import org.podium.service.common.Formats;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.common.Texts;
import org.podium.ui.eventform.EventFormView;
import org.podium.ui.export.ExportView;
import org.podium.ui.export.ExportViewModel;
import org.podium.ui.publish.PublishView;
import org.podium.ui.publish.PublishViewModel;
import org.podium.ui.importing.ImportViewModel;
import org.podium.ui.panel.PanelAgendaView;
import org.podium.ui.panel.PanelAgendaViewModel;
import org.podium.ui.registrants.RegistrantsView;

/**
 * The selected event on tabs: Overview (the scheduling form), Panel & agenda (its own screen,
 * {@link PanelAgendaView}), Registrants, a read-only summary, Export and Publish; a new event shows the
 * form alone.
 */
final class EventDetailsView {
    static final String TITLE_ID = "eventDetailsTitle";

    private final EventListViewModel model;
    private final PanelAgendaViewModel panel;
    private final ExportViewModel export;
    private final PublishViewModel publish;
    private final ImportViewModel importer;
    private final StackPane root = new StackPane();
    private Region form;
    private EventFormView formView;
    private Tab formTab;
    private Tab panelTab;
    private Tab exportTab;
    private Tab publishTab;
    private Tab registrantsTab;
    private TabPane tabs;
    private long shownId = -1;
    private static final int SUMMARY_TAB = 3;

    EventDetailsView(EventListViewModel model, PanelAgendaViewModel panel, ExportViewModel export,
                     PublishViewModel publish, ImportViewModel importer) {
        this.model = model;
        this.panel = panel;
        this.export = export;
        this.publish = publish;
        this.importer = importer;
    }

    /**
     * Builds the form and the tabs the first time an event or a new one is shown: the window's
     * first frame shows no event yet, and these are the biggest part of the whole window.
     */
    private void buildTabs() {
        if (form != null) {
            return;
        }
        formView = new EventFormView(model.form(), model::saved);
        form = formView.build();
        // Saving a new event moves the form into the Overview tab: the field being typed in keeps the focus.
        org.podium.ui.forms.Focus.keepThrough(form);
        formTab = new Tab(Messages.get("events.tab.overview"));
        panelTab = new PanelAgendaView(panel).tab();
        exportTab = tab(Messages.get("events.tab.export"), new ExportView(export).build());
        export.activeProperty().bind(exportTab.selectedProperty());
        publishTab = new Tab(Messages.get("events.tab.publish"), new PublishView(publish).build());
        publish.activeProperty().bind(publishTab.selectedProperty());
        registrantsTab = new Tab(Messages.get("events.tab.registrants"),
                new RegistrantsView(model.registrants(), importer).build());
        model.registrants().activeProperty().bind(registrantsTab.selectedProperty());
    }

    Region build() {
        root.getStyleClass().add(StyleClasses.DETAILS);
        model.detailsProperty().addListener((obs, old, now) -> show());
        model.creatingProperty().addListener((obs, old, now) -> show());
        // Once the new form is in the window, so that what is typed next goes to its Title.
        model.newFormsProperty().addListener((obs, old, now) -> javafx.application.Platform.runLater(() -> {
            if (formView != null) {
                formView.focusFirstField();
            }
        }));
        model.tabProperty().addListener((obs, old, now) -> {
            if (tabs != null && now.intValue() != tabs.getSelectionModel().getSelectedIndex()) {
                tabs.getSelectionModel().select(now.intValue());
            }
        });
        show();
        return root;
    }

    private void show() {
        Optional<EventDetails> value = model.detailsProperty().get();
        if (model.creatingProperty().get()) {
            buildTabs();
            Label heading = new Label(Messages.get("form.newTitle"));
            heading.getStyleClass().add(StyleClasses.DETAILS_TITLE);
            // Clear of the button that folds the event list away, at the top left corner.
            heading.setPadding(new Insets(12, 16, 0, 44));
            javafx.scene.layout.BorderPane pane = new javafx.scene.layout.BorderPane(form);
            pane.setTop(heading);
            root.getChildren().setAll(pane);
            return;
        }
        if (value == null || value.isEmpty()) {
            Label none = new Label(Messages.get("events.details.none"));
            none.getStyleClass().add(StyleClasses.PLACEHOLDER);
            root.getChildren().setAll(none);
            return;
        }
        EventDetails d = value.get();
        buildTabs();
        formTab.setContent(form);
        panel.load(d.event());
        export.show(d.event());
        publish.show(d.event());
        if (tabs != null && shownId == d.event().id() && root.getChildren().contains(tabs)) {
            // The same event read again (a reload): the tabs stay, so focus and typing are not disturbed.
            ((ScrollPane) tabs.getTabs().get(SUMMARY_TAB).getContent()).setContent(overview(d));
            return;
        }
        shownId = d.event().id();
        // Another event opens on the tab that was showing: the coordinator stays where they were.
        Tab showing = tabs == null ? null : tabs.getSelectionModel().getSelectedItem();
        int previousIndex = tabs == null ? -1 : tabs.getSelectionModel().getSelectedIndex();
        tabs = new TabPane(formTab, panelTab, registrantsTab,
                tab(Messages.get("events.tab.summary"), overview(d)), exportTab, publishTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        int shownIndex = previousIndex;
        if (showing != null && tabs.getTabs().contains(showing)) {
            tabs.getSelectionModel().select(showing);
        } else if (shownIndex >= 0) {
            tabs.getSelectionModel().select(shownIndex);
        }
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) ->
                model.tabProperty().set(now.intValue()));
        model.tabProperty().set(tabs.getSelectionModel().getSelectedIndex());
        root.getChildren().setAll(tabs);
    }

    private static Tab tab(String name, Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return new Tab(name, scroll);
    }

    private static Node overview(EventDetails d) {
        Event e = d.event();
        VBox box = new VBox(6);
        box.setPadding(new Insets(16));
        Label title = new Label(e.title());
        title.setId(TITLE_ID);
        title.getStyleClass().add(StyleClasses.DETAILS_TITLE);
        title.setWrapText(true);
        box.getChildren().add(title);
        addLine(box, e.subtitle(), StyleClasses.DETAILS_SUBTITLE);
        addLine(box, e.secondTitle(), StyleClasses.MUTED);

        GridPane facts = new GridPane();
        facts.setHgap(12);
        facts.setVgap(6);
        facts.setPadding(new Insets(10, 0, 6, 0));
        int row = 0;
        row = fact(facts, row, "events.field.when", Formats.startWithZone(e, Messages.locale())
                + "  (" + Formats.timeSpan(e, Messages.locale()) + ", " + e.zone().getId() + ")");
        row = fact(facts, row, "events.field.duration", Messages.get("events.minutes", e.minutes()));
        row = fact(facts, row, "events.field.status", Texts.of(d.shownStatus()));
        row = fact(facts, row, "events.field.kind", Texts.of(e.kind()));
        row = fact(facts, row, "events.field.platform", e.platform());
        row = fact(facts, row, "events.field.series", d.series().map(s -> s.funder().isEmpty() ? s.name()
                : Messages.get("events.seriesFunded", s.name(), s.funder())).orElse(""));
        row = fact(facts, row, "events.field.registrants", String.valueOf(d.registrants()));
        row = fact(facts, row, "events.field.capacity", e.capacity() == null ? "" : String.valueOf(e.capacity()));
        String flags = (e.isPublic() ? Messages.get("events.public") : Messages.get("events.private"))
                + (e.recorded() ? " · " + Messages.get("events.recorded") : "");
        row = fact(facts, row, "events.field.access", flags);
        row = fact(facts, row, "events.field.registrationUrl", e.registrationUrl());
        row = fact(facts, row, "events.field.accessUrl", e.accessUrl());
        row = fact(facts, row, "events.field.recordingUrl", e.recordingUrl());
        row = fact(facts, row, "events.field.reportUrl", e.reportUrl());
        fact(facts, row, "events.field.sdgs", String.join(", ", e.sdgs().stream()
                .map(n -> n + " " + Messages.get("sdg." + n)).toList()));
        box.getChildren().add(facts);

        if (!d.organisers().isEmpty()) {
            box.getChildren().add(heading("events.organisers"));
            d.organisers().forEach(o -> addLine(box, o.organisation().name() + " — " + Texts.of(o.role()), null));
        }
        if (!e.description().isEmpty()) {
            box.getChildren().add(heading("events.description"));
            Label description = new Label(e.description());
            description.setWrapText(true);
            box.getChildren().add(description);
        }
        return box;
    }

    private static int fact(GridPane grid, int row, String key, String value) {
        if (value == null || value.isEmpty()) {
            return row;
        }
        Label name = new Label(Messages.get(key));
        name.getStyleClass().add(StyleClasses.FIELD_LABEL);
        Label text = new Label(value);
        text.setWrapText(true);
        GridPane.setHgrow(text, Priority.ALWAYS);
        grid.addRow(row, name, text);
        return row + 1;
    }

    private static Label heading(String key) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(StyleClasses.SECTION_HEADING);
        return label;
    }

    private static void addLine(VBox box, String text, String style) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Label label = new Label(text);
        label.setWrapText(true);
        if (style != null) {
            label.getStyleClass().add(style);
        }
        box.getChildren().add(label);
    }
}
