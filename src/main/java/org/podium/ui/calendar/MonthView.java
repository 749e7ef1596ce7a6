package org.podium.ui.calendar;

import atlantafx.base.theme.Styles;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.function.LongConsumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;

/** The month calendar: events on their days; clicking one opens it. */
public final class MonthView {
    public static final String MONTH_LABEL_ID = "calendarMonth";
    public static final String PREVIOUS_ID = "calendarPrevious";
    public static final String NEXT_ID = "calendarNext";
    public static final String TODAY_ID = "calendarToday";

    private final MonthViewModel model;
    private final LongConsumer open;

    public MonthView(MonthViewModel model, LongConsumer open) {
        this.model = model;
        this.open = open;
    }

    public Region build() {
        Label month = new Label();
        month.setId(MONTH_LABEL_ID);
        month.getStyleClass().add(StyleClasses.DETAILS_SUBTITLE);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("LLLL yyyy", Messages.locale());
        month.textProperty().bind(model.monthProperty().map(m -> capitalise(format.format(m))));
        Button previous = iconButton(Feather.CHEVRON_LEFT, model::previous);
        Button next = iconButton(Feather.CHEVRON_RIGHT, model::next);
        previous.setId(PREVIOUS_ID);
        next.setId(NEXT_ID);
        Button today = new Button(Messages.get("calendar.today"));
        today.setId(TODAY_ID);
        today.setOnAction(e -> model.today());
        HBox header = new HBox(8, previous, next, today, month);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(8));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("podium-month");
        grid.setMinWidth(0);
        for (int c = 0; c < 7; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(100.0 / 7);
            // A week fits the pane however narrow: the days shrink and their events are cut short.
            column.setMinWidth(0);
            grid.getColumnConstraints().add(column);
            Label name = new Label(DayOfWeek.of(c + 1).getDisplayName(TextStyle.SHORT, Messages.locale()));
            name.getStyleClass().add(StyleClasses.FIELD_LABEL);
            grid.add(name, c, 0);
        }
        grid.getRowConstraints().add(new RowConstraints());
        // The six weeks share what the day names leave: percentages of the whole height would
        // leave the names no room, and the grid drew them over the month's header.
        for (int r = 0; r < 6; r++) {
            RowConstraints row = new RowConstraints();
            row.setVgrow(Priority.ALWAYS);
            row.setMinHeight(0);
            row.setPrefHeight(40);
            grid.getRowConstraints().add(row);
        }
        Runnable redraw = () -> {
            grid.getChildren().removeIf(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) > 0);
            for (int i = 0; i < model.days().size(); i++) {
                grid.add(cell(model.days().get(i)), i % 7, i / 7 + 1);
            }
        };
        model.days().addListener((ListChangeListener<MonthViewModel.Day>) c -> redraw.run());
        redraw.run();
        BorderPane root = new BorderPane(grid);
        root.setTop(header);
        BorderPane.setMargin(grid, new Insets(0, 8, 8, 8));
        return root;
    }

    private VBox cell(MonthViewModel.Day day) {
        Label number = new Label(String.valueOf(day.date().getDayOfMonth()));
        if (day.today()) {
            number.getStyleClass().add("podium-today");
        }
        VBox box = new VBox(2, number);
        box.setMinWidth(0);
        box.getStyleClass().add("podium-day");
        if (!day.inMonth()) {
            box.getStyleClass().add("podium-day-outside");
        }
        box.setPadding(new Insets(3));
        for (var event : day.events()) {
            Hyperlink link = new Hyperlink(event.time() + " " + event.title());
            // The title wraps within its day, up to three lines; the whole of it shows on hovering.
            link.setTooltip(new Tooltip(link.getText()));
            link.setWrapText(true);
            link.setMaxWidth(Double.MAX_VALUE);
            link.setMinHeight(Region.USE_PREF_SIZE);
            link.setMaxHeight(Region.USE_PREF_SIZE);
            link.getStyleClass().add(StyleClasses.statusChip(event.status()));
            link.setOnAction(e -> open.accept(event.id()));
            box.getChildren().add(link);
        }
        return box;
    }

    private static Button iconButton(Feather icon, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().add(Styles.BUTTON_ICON);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
