package org.podium.ui.registrants;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.podium.domain.RegistrationStatus;
import org.podium.service.registrants.RegistrationCharts;
import org.podium.ui.common.Messages;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.common.Texts;

/**
 * Three small charts of an event's registrations: the running total by day, and bars by
 * status and for the top countries. Bars rather than a pie, because one status usually holds
 * most registrants and a pie would show one slice and some slivers.
 */
final class RegistrantChartsView {
    static final String TIMELINE_ID = "registrantsTimeline";
    static final String STATUS_ID = "registrantsByStatus";
    static final String COUNTRIES_ID = "registrantsByCountry";

    private final RegistrantsViewModel model;
    private final XYChart.Series<Number, Number> days = new XYChart.Series<>();
    private final XYChart.Series<Number, String> statuses = new XYChart.Series<>();
    private final XYChart.Series<Number, String> countries = new XYChart.Series<>();

    RegistrantChartsView(RegistrantsViewModel model) {
        this.model = model;
    }

    Region build() {
        NumberAxis dayAxis = new NumberAxis();
        dayAxis.setForceZeroInRange(false);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM", Messages.locale());
        dayAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return format.format(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are only shown");
            }
        });
        LineChart<Number, Number> timeline = new LineChart<>(dayAxis, counts());
        timeline.setId(TIMELINE_ID);
        timeline.setCreateSymbols(false);
        timeline.getData().add(days);
        BarChart<Number, String> byStatus = bars(STATUS_ID, statuses);
        BarChart<Number, String> byCountry = bars(COUNTRIES_ID, countries);

        HBox box = new HBox(8, titled("registrants.charts.timeline", timeline),
                titled("registrants.charts.status", byStatus), titled("registrants.charts.countries", byCountry));
        box.setPadding(new Insets(0, 4, 4, 4));
        model.chartsProperty().addListener((obs, old, now) -> show(now));
        show(model.chartsProperty().get());
        return box;
    }

    /** An axis of counts written as the interface language writes numbers (100.000 in Italian). */
    private static NumberAxis counts() {
        NumberAxis axis = new NumberAxis();
        java.text.NumberFormat format = java.text.NumberFormat.getIntegerInstance(Messages.locale());
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format.format(value);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are only shown");
            }
        });
        return axis;
    }

    private static BarChart<Number, String> bars(String id, XYChart.Series<Number, String> series) {
        BarChart<Number, String> chart = new BarChart<>(counts(), new CategoryAxis());
        chart.setId(id);
        chart.setCategoryGap(3);
        chart.setBarGap(0);
        chart.getData().add(series);
        return chart;
    }

    private static VBox titled(String key, Chart chart) {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setPrefSize(320, 230);
        chart.setMinSize(0, 200);
        Label title = new Label(Messages.get(key));
        title.getStyleClass().add(StyleClasses.FIELD_LABEL);
        VBox box = new VBox(0, title, chart);
        box.setAlignment(Pos.TOP_CENTER);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMinWidth(0);
        box.setPrefWidth(320);
        return box;
    }

    private void show(RegistrationCharts charts) {
        if (charts == null) {
            days.getData().clear();
            countries.getData().clear();
            statuses.getData().clear();
            return;
        }
        days.getData().setAll(charts.cumulative().stream()
                .map(d -> new XYChart.Data<Number, Number>(d.day().toEpochDay(), d.total())).toList());
        List<RegistrationStatus> order = new java.util.ArrayList<>(List.of(RegistrationStatus.values()));
        // A vertical category axis lists its first category at the bottom; the first status goes on top.
        java.util.Collections.reverse(order);
        statuses.getData().setAll(order.stream().map(s -> new XYChart.Data<Number, String>(
                charts.byStatus().getOrDefault(s, 0L), Texts.of(s))).toList());
        List<RegistrationCharts.CountryCount> top = new java.util.ArrayList<>(charts.topCountries());
        java.util.Collections.reverse(top);
        countries.getData().setAll(top.stream()
                .map(c -> new XYChart.Data<Number, String>(c.count(), countryName(c.country()))).toList());
    }

    private static String countryName(String code) {
        String name = new Locale("", code).getDisplayCountry(Messages.locale());
        return name.isEmpty() || name.equals(code) ? code : name;
    }
}
