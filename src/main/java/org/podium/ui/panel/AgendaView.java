package org.podium.ui.panel;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.domain.Agenda;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.forms.FormGrid;

/** The run-of-show: the live total against the slot, the timed items, and the item form. */
final class AgendaView {
    static final String LIST_ID = "agendaList";
    static final String TOTAL_ID = "agendaTotal";
    static final String TITLE_ID = "agendaTitle";
    static final String MINUTES_ID = "agendaMinutes";
    static final String SAVE_ID = "agendaSave";

    private final AgendaViewModel model;

    AgendaView(AgendaViewModel model) {
        this.model = model;
    }

    Region build() {
        Label zone = new Label();
        zone.textProperty().bind(model.zoneNoteProperty());
        zone.getStyleClass().add(StyleClasses.MUTED);
        return new VBox(8, total(), zone, list(), form());
    }

    private Node total() {
        Label total = new Label();
        total.setId(TOTAL_ID);
        total.setWrapText(true);
        total.textProperty().bind(model.totalProperty());
        Runnable restyle = () -> {
            Agenda.Fit fit = model.fitProperty().get();
            total.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING,
                    Styles.DANGER, StyleClasses.MUTED);
            total.getStyleClass().add(switch (fit) {
                case ON_TIME -> Styles.SUCCESS;
                case OVERRUN -> Styles.DANGER;
                case UNDERRUN -> Styles.WARNING;
                case EMPTY -> StyleClasses.MUTED;
            });
            FontIcon icon = new FontIcon(fit == Agenda.Fit.ON_TIME ? Feather.CHECK_CIRCLE
                    : fit == Agenda.Fit.EMPTY ? Feather.CLOCK : Feather.ALERT_TRIANGLE);
            icon.getStyleClass().add(switch (fit) {
                case ON_TIME -> PanelAgendaView.ICON_SUCCESS;
                case OVERRUN -> PanelAgendaView.ICON_DANGER;
                case UNDERRUN -> PanelAgendaView.ICON_WARNING;
                case EMPTY -> StyleClasses.MUTED;
            });
            total.setGraphic(icon);
        };
        model.fitProperty().addListener((obs, old, now) -> restyle.run());
        restyle.run();
        total.getStyleClass().add("podium-agenda-total");
        return total;
    }

    private Node list() {
        Label empty = new Label(Messages.get("agenda.none"));
        empty.getStyleClass().add(StyleClasses.MUTED);
        Region list = new CardList<>(model.items(), this::card, model::move, model.selectedProperty(), empty).node();
        list.setId(LIST_ID);
        Tooltip.install(list, new Tooltip(Messages.get("agenda.reorder.tip")));
        return list;
    }

    private Node form() {
        TextField title = FormGrid.text(model.titleProperty(), TITLE_ID);
        TextField minutes = FormGrid.text(model.minutesProperty(), MINUTES_ID);
        minutes.setPrefColumnCount(4);
        minutes.setMaxWidth(80);
        TextField notes = FormGrid.text(model.notesProperty(), "agendaNotes");
        FlowPane speakers = new FlowPane(10, 4);
        Runnable redraw = () -> {
            speakers.getChildren().setAll(model.speakerChoices().stream().map(c -> {
                CheckBox box = new CheckBox(c.person().fullName());
                box.selectedProperty().bindBidirectional(c.chosen());
                return (Node) box;
            }).toList());
            if (model.speakerChoices().isEmpty()) {
                Label none = new Label(Messages.get("agenda.speakers.none"));
                none.getStyleClass().add(StyleClasses.MUTED);
                speakers.getChildren().add(none);
            }
        };
        model.speakerChoices().addListener((ListChangeListener<AgendaViewModel.SpeakerChoice>) c -> redraw.run());
        redraw.run();
        Node grid = new FormGrid(110)
                .field("agenda.title", title, model.titleErrorProperty())
                .field("agenda.minutes", minutes, model.minutesErrorProperty())
                .field("agenda.speakers", speakers, null)
                .field("agenda.notes", notes, null)
                .grid();

        Button save = new Button();
        save.setId(SAVE_ID);
        save.textProperty().bind(Bindings.when(model.selectedProperty().isNull())
                .then(Messages.get("agenda.add")).otherwise(Messages.get("agenda.save")));
        save.setGraphic(new FontIcon(Feather.CHECK));
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.validProperty().not());
        // Adding empties the form and disables the button; typing goes on in the title.
        save.setOnAction(e -> {
            model.save();
            title.requestFocus();
        });
        title.setOnAction(e -> model.save());
        minutes.setOnAction(e -> model.save());
        Button fresh = new Button(Messages.get("agenda.new"), new FontIcon(Feather.PLUS));
        fresh.disableProperty().bind(model.selectedProperty().isNull());
        fresh.setOnAction(e -> model.newItem());
        Button remove = new Button(Messages.get("agenda.remove"), new FontIcon(Feather.TRASH_2));
        remove.disableProperty().bind(model.selectedProperty().isNull());
        remove.setOnAction(e -> model.removeSelected());
        HBox buttons = new HBox(8, save, fresh, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label();
        heading.textProperty().bind(Bindings.when(model.selectedProperty().isNull())
                .then(Messages.get("agenda.form.new")).otherwise(Messages.get("agenda.form.edit")));
        heading.getStyleClass().add(StyleClasses.FIELD_LABEL);
        VBox form = new VBox(6, heading, grid, buttons);
        form.getStyleClass().add("podium-agenda-form");
        return form;
    }

    /** An item: drag handle, start and length, title, speakers and notes; a click edits it. */
    private Region card(AgendaRow row) {
        FontIcon handle = new FontIcon(Feather.MENU);
        handle.getStyleClass().add(StyleClasses.MUTED);
        Label start = new Label(row.start());
        start.getStyleClass().add("podium-event-title");
        Label minutes = new Label(row.minutes());
        minutes.getStyleClass().add(StyleClasses.MUTED);
        VBox when = new VBox(1, start, minutes);
        when.setMinWidth(96);
        when.setPrefWidth(96);
        Label title = new Label(row.title());
        title.setWrapText(true);
        VBox what = new VBox(1, title);
        for (String detail : new String[] {row.speakers(), row.item().notes()}) {
            if (!detail.isEmpty()) {
                Label more = new Label(detail);
                more.getStyleClass().add(StyleClasses.MUTED);
                more.setWrapText(true);
                what.getChildren().add(more);
            }
        }
        what.setMinWidth(0);
        HBox.setHgrow(what, Priority.ALWAYS);
        HBox card = new HBox(8, handle, when, what);
        card.setAlignment(Pos.TOP_LEFT);
        return card;
    }
}
