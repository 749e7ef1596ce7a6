package org.podium.ui.panel;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Messages;
import org.podium.ui.forms.FormGrid;

/**
 * The Panel & agenda tab of an event: the cue sheet actions, what needs chasing, the panel
 * and the run-of-show; its tab carries a warning sign while something needs chasing.
 */
public final class PanelAgendaView {
    public static final String PRINT_ID = "printCueSheet";
    public static final String PDF_ID = "saveCueSheet";
    public static final String CHASING_ID = "panelChasing";
    public static final String SEAT_PERSON_ID = PanelView.PERSON_ID;
    public static final String SEAT_BUTTON_ID = PanelView.SEAT_ID;
    public static final String SEAT_LIST_ID = PanelView.LIST_ID;
    public static final String AGENDA_LIST_ID = AgendaView.LIST_ID;
    public static final String AGENDA_TITLE_ID = AgendaView.TITLE_ID;
    public static final String AGENDA_MINUTES_ID = AgendaView.MINUTES_ID;
    public static final String AGENDA_SAVE_ID = AgendaView.SAVE_ID;
    public static final String AGENDA_TOTAL_ID = AgendaView.TOTAL_ID;

    static final String ICON_SUCCESS = "podium-icon-success";
    static final String ICON_WARNING = org.podium.ui.common.StyleClasses.ICON_WARNING;
    static final String ICON_DANGER = org.podium.ui.common.StyleClasses.ICON_DANGER;

    private final PanelAgendaViewModel model;

    public PanelAgendaView(PanelAgendaViewModel model) {
        this.model = model;
    }

    /** The tab, named and flagged, with the whole screen in it. */
    public Tab tab() {
        Tab tab = new Tab(Messages.get("events.tab.panel"), build());
        Runnable flag = () -> {
            if (model.chasing().isEmpty()) {
                tab.setGraphic(null);
                tab.setTooltip(null);
            } else {
                FontIcon warning = new FontIcon(Feather.ALERT_TRIANGLE);
                warning.getStyleClass().add(ICON_WARNING);
                tab.setGraphic(warning);
                tab.setTooltip(new Tooltip(String.join("\n", model.chasing())));
            }
        };
        model.chasing().addListener((ListChangeListener<String>) c -> flag.run());
        flag.run();
        return tab;
    }

    public ScrollPane build() {
        VBox box = new VBox(8, actions(), chasing(),
                FormGrid.section("panel.heading", new PanelView(model.panel()).build()),
                FormGrid.section("agenda.heading", new AgendaView(model.agenda()).build()));
        box.setPadding(new Insets(12, 16, 24, 16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node actions() {
        Button print = new Button(Messages.get("cuesheet.print"), new FontIcon(Feather.PRINTER));
        print.setId(PRINT_ID);
        print.setTooltip(new Tooltip(Messages.get("cuesheet.print.tip")));
        print.setOnAction(e -> model.print(new FxCueSheetPrinter(() -> print.getScene().getWindow())));
        Button pdf = new Button(Messages.get("cuesheet.pdf"), new FontIcon(Feather.FILE_TEXT));
        pdf.setId(PDF_ID);
        pdf.setTooltip(new Tooltip(Messages.get("cuesheet.pdf.tip")));
        pdf.setOnAction(e -> model.savePdf());
        for (Button b : new Button[] {print, pdf}) {
            b.disableProperty().bind(model.loadedProperty().not());
        }
        HBox bar = new HBox(8, print, pdf);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node chasing() {
        VBox box = new VBox(2);
        box.setId(CHASING_ID);
        box.getStyleClass().add("podium-chasing");
        Runnable redraw = () -> {
            box.getChildren().setAll(model.chasing().stream().map(text -> {
                FontIcon warning = new FontIcon(Feather.ALERT_TRIANGLE);
                warning.getStyleClass().add(ICON_WARNING);
                Label line = new Label(text, warning);
                line.setWrapText(true);
                line.getStyleClass().add(Styles.WARNING);
                return (Node) line;
            }).toList());
            box.setVisible(!model.chasing().isEmpty());
            box.setManaged(box.isVisible());
        };
        model.chasing().addListener((ListChangeListener<String>) c -> redraw.run());
        redraw.run();
        return box;
    }
}
