package org.podium.ui.eventform;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.domain.Event;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;
import org.podium.domain.Organisation;
import org.podium.domain.OrganiserRole;
import org.podium.domain.Sdg;
import org.podium.ui.common.ActionBar;
import org.podium.ui.common.Converters;
import org.podium.ui.common.FilterChoiceBox;
import org.podium.ui.common.Messages;
import org.podium.ui.common.NewOrganisationForm;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.common.Texts;
import org.podium.ui.common.ZonePicker;
import org.podium.ui.forms.EditConflictPane;
import org.podium.ui.forms.FieldError;

/** The scheduling form, built in code; it only draws what the view model decides. */
public final class EventFormView {
    public static final String TITLE_ID = "formTitle";
    public static final String SAVE_ID = "formSave";
    public static final String ORGANISER_PICKER_ID = "formOrganiserPicker";
    public static final String NEW_ORGANISATION_ID = "formNewOrganisation";
    public static final String SUBTITLE_ID = "formSubtitle";
    public static final String DATE_ID = "formDate";
    public static final String START_ID = "formStart";
    public static final String DURATION_ID = "formDuration";
    public static final String END_ID = "formEnd";
    public static final String ZONE_ID = "formZone";
    public static final String REGISTRATION_URL_ID = "formRegistrationUrl";

    private final EventFormViewModel model;
    private final Consumer<Event> onSaved;
    private TextField title;

    public EventFormView(EventFormViewModel model, Consumer<Event> onSaved) {
        this.model = model;
        this.onSaved = onSaved;
    }

    public Region build() {
        VBox form = new VBox(4, EditConflictPane.of(model.lock(), () -> model.save(onSaved)), what(), when(), where(), organisers(), goals(), description());
        return ActionBar.underScrolling(form, actions());
    }

    /** Puts the cursor in the Title, the form's first field, as a new event asks. */
    public void focusFirstField() {
        title.requestFocus();
    }

    private Node actions() {
        Label invalid = new Label(Messages.get("form.fixErrors"));
        invalid.getStyleClass().add(Styles.DANGER);
        invalid.visibleProperty().bind(model.validProperty().not().and(model.errorsShownProperty()));
        return ActionBar.saveAndRevert(SAVE_ID, model.validProperty().not().or(model.dirtyProperty().not())
                .or(model.readOnlyProperty()), () -> model.save(onSaved), model.dirtyProperty(), model::revert, invalid);
    }

    private Node what() {
        GridPane grid = grid();
        title = text(model.titleProperty());
        title.setId(TITLE_ID);
        int row = 0;
        row = field(grid, row, "form.title", title, model.titleErrorProperty());
        TextField subtitle = text(model.subtitleProperty());
        subtitle.setId(SUBTITLE_ID);
        row = field(grid, row, "form.subtitle", subtitle, null);
        row = field(grid, row, "form.secondTitle", text(model.secondTitleProperty()), null);
        ChoiceBox<EventKind> kind = choice(EventKind.values());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        row = field(grid, row, "form.kind", kind, null);
        ComboBox<String> series = new ComboBox<>(model.seriesChoices());
        series.setEditable(true);
        series.setPromptText(Messages.get("form.series.prompt"));
        series.getEditor().textProperty().bindBidirectional(model.seriesNameProperty());
        series.setMaxWidth(Double.MAX_VALUE);
        row = field(grid, row, "form.series", series, null);
        ChoiceBox<EventStatus> status = choice(EventStatus.values());
        status.valueProperty().bindBidirectional(model.statusProperty());
        row = field(grid, row, "form.status", status, null);
        notice(grid, row, model.statusNoticeProperty());
        return section("form.section.what", grid);
    }

    private Node when() {
        GridPane grid = grid();
        DatePicker date = new DatePicker();
        date.setId(DATE_ID);
        date.setConverter(new DateText(Messages.locale()));
        date.setPromptText(new DateText(Messages.locale()).toString(java.time.LocalDate.of(2026, 5, 28)));
        date.valueProperty().bindBidirectional(model.dateProperty());
        int row = 0;
        row = field(grid, row, "form.date", date, model.dateErrorProperty());
        TextField start = small(model.startTimeProperty(), START_ID, "10:00");
        TextField duration = small(model.durationProperty(), DURATION_ID, "60");
        TextField end = small(model.endTimeProperty(), END_ID, "11:00");
        start.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.tidyTime(model.startTimeProperty());
            }
        });
        end.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.tidyTime(model.endTimeProperty());
            }
        });
        Label forLabel = new Label(Messages.get("form.for"));
        Label untilLabel = new Label(Messages.get("form.minutesUntil"));
        forLabel.setMinWidth(Region.USE_PREF_SIZE);
        untilLabel.setMinWidth(Region.USE_PREF_SIZE);
        // On a narrow pane (1024×768 with the event list open) the times wrap rather than shrink.
        javafx.scene.layout.FlowPane times = new javafx.scene.layout.FlowPane(8, 6, start, forLabel, duration,
                untilLabel, end);
        times.setAlignment(Pos.CENTER_LEFT);
        row = field(grid, row, "form.time", times, joined(model.startErrorProperty(), model.durationErrorProperty(),
                model.endErrorProperty()));
        SearchableComboBox<ZoneId> zone = ZonePicker.create();
        zone.setId(ZONE_ID);
        zone.valueProperty().bindBidirectional(model.zoneProperty());
        row = field(grid, row, "form.zone", zone, model.zoneErrorProperty());
        row = notice(grid, row, model.startNoticeProperty());
        VBox zonesBox = lines(model.otherZones(), null);
        row = field(grid, row, "form.otherZones", zonesBox, null);
        VBox clashBox = lines(model.clashes(), Feather.ALERT_TRIANGLE);
        clashBox.setId("formClashes");
        grid.add(clashBox, 1, row);
        return section("form.section.when", grid);
    }

    private Node where() {
        GridPane grid = grid();
        int row = 0;
        row = field(grid, row, "form.platform", text(model.platformProperty()), null);
        TextField registration = url(model.registrationUrlProperty());
        registration.setId(REGISTRATION_URL_ID);
        row = field(grid, row, "form.registrationUrl", registration, model.registrationUrlErrorProperty());
        row = field(grid, row, "form.accessUrl", url(model.accessUrlProperty()), model.accessUrlErrorProperty());
        row = field(grid, row, "form.recordingUrl", url(model.recordingUrlProperty()), model.recordingUrlErrorProperty());
        row = field(grid, row, "form.reportUrl", url(model.reportUrlProperty()), model.reportUrlErrorProperty());
        row = field(grid, row, "form.capacity", small(model.capacityProperty(), "formCapacity", ""),
                model.capacityErrorProperty());
        CheckBox isPublic = new CheckBox(Messages.get("form.public"));
        isPublic.selectedProperty().bindBidirectional(model.publicProperty());
        CheckBox recorded = new CheckBox(Messages.get("form.recorded"));
        recorded.selectedProperty().bindBidirectional(model.recordedProperty());
        field(grid, row, "form.audience", new HBox(16, isPublic, recorded), null);
        return section("form.section.where", grid);
    }

    private Node organisers() {
        VBox list = new VBox(4);
        Runnable redraw = () -> list.getChildren().setAll(model.organisers().stream().map(o -> {
            Label name = new Label(o.organisation().name() + " — " + Texts.of(o.role()));
            name.setWrapText(true);
            Button remove = new Button(null, new FontIcon(Feather.X));
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setOnAction(e -> model.organisers().remove(o));
            HBox line = new HBox(6, remove, name);
            line.setAlignment(Pos.CENTER_LEFT);
            return (Node) line;
        }).toList());
        model.organisers().addListener((ListChangeListener<OrganiserChoice>) c -> redraw.run());
        redraw.run();

        ComboBox<Organisation> existing = new org.controlsfx.control.SearchableComboBox<>(model.organisationChoices());
        existing.setId(ORGANISER_PICKER_ID);
        existing.setPromptText(Messages.get("form.organisers.pick"));
        existing.setConverter(Converters.named(Organisation::name, model.organisationChoices()));
        existing.setPrefWidth(300);
        ChoiceBox<OrganiserRole> role = choice(OrganiserRole.values());
        role.setValue(OrganiserRole.ORGANISER);
        Button add = new Button(Messages.get("form.organisers.add"), new FontIcon(Feather.PLUS));
        add.disableProperty().bind(existing.valueProperty().isNull());
        add.setOnAction(e -> {
            model.addOrganiser(existing.getValue(), role.getValue());
            existing.setValue(null);
        });
        // "Add ‘Name’ as a new organisation…": stored at once and made an organiser in the role chosen.
        javafx.scene.control.Hyperlink addNew = NewOrganisationForm.link(existing, NEW_ORGANISATION_ID,
                model::isNewOrganisation, typed -> NewOrganisationForm.ask(existing, typed,
                        role.getValue() == null ? null : EventFormViewModel.kindFor(role.getValue())).ifPresent(draft -> {
                            if (model.addNewOrganisation(draft, role.getValue())) {
                                existing.setValue(null);
                            }
                        }));
        FlowPane pickers = new FlowPane(8, 6, existing, role, add, addNew);
        return section("form.section.organisers", new VBox(8, list, pickers));
    }

    private Node goals() {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        // Two columns sharing the width; a long goal wraps within its column rather than being cut.
        for (int c = 0; c < 2; c++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            grid.getColumnConstraints().add(half);
        }
        for (Sdg sdg : Sdg.values()) {
            int n = sdg.number();
            CheckBox box = new CheckBox(n + ". " + Messages.get("sdg." + n));
            box.setWrapText(true);
            box.setMinHeight(Region.USE_PREF_SIZE);
            box.setSelected(model.sdgs().contains(n));
            box.selectedProperty().addListener((obs, old, on) -> {
                if (on) {
                    model.sdgs().add(n);
                } else {
                    model.sdgs().remove(n);
                }
            });
            model.sdgs().addListener((SetChangeListener<Integer>) c -> box.setSelected(model.sdgs().contains(n)));
            grid.add(box, (n - 1) % 2, (n - 1) / 2);
        }
        return section("form.section.goals", grid);
    }

    private Node description() {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(6);
        area.textProperty().bindBidirectional(model.descriptionProperty());
        return section("form.section.description", area);
    }

    private static Node section(String key, Node content) {
        Label heading = new Label(Messages.get(key));
        heading.getStyleClass().add(StyleClasses.SECTION_HEADING);
        return new VBox(4, heading, content);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(2);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        // One fixed label width in every section, so the fields line up down the form.
        labels.setMinWidth(170);
        labels.setPrefWidth(170);
        labels.setMaxWidth(170);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    /** Adds a labelled field with its error underneath; returns the next free row. */
    private static int field(GridPane grid, int row, String key, Node field, ObservableStringValue error) {
        Label label = new Label(Messages.get(key));
        label.getStyleClass().add(StyleClasses.FIELD_LABEL);
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (error == null) {
            return row + 1;
        }
        grid.add(FieldError.under(field, error), 1, row + 1);
        return row + 2;
    }

    /** A warning under a field that does not stop saving; returns the next free row. */
    private static int notice(GridPane grid, int row, ObservableStringValue text) {
        Label notice = new Label();
        notice.textProperty().bind(text);
        notice.getStyleClass().add(Styles.WARNING);
        notice.setWrapText(true);
        notice.visibleProperty().bind(Bindings.isNotEmpty(text));
        notice.managedProperty().bind(notice.visibleProperty());
        grid.add(notice, 1, row);
        return row + 1;
    }

    private static ObservableStringValue joined(ObservableStringValue... errors) {
        return Bindings.createStringBinding(() -> String.join(" ", java.util.Arrays.stream(errors)
                .map(ObservableStringValue::get).filter(s -> !s.isEmpty()).distinct().toList()), errors);
    }

    private static VBox lines(javafx.collections.ObservableList<String> source, Feather icon) {
        VBox box = new VBox(2);
        Runnable redraw = () -> box.getChildren().setAll(source.stream().map(text -> {
            Label line = new Label(text, icon == null ? null : new FontIcon(icon));
            line.setWrapText(true);
            if (icon != null) {
                line.getStyleClass().add(Styles.WARNING);
            }
            return (Node) line;
        }).toList());
        source.addListener((ListChangeListener<String>) c -> redraw.run());
        redraw.run();
        return box;
    }

    private static TextField text(javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TextField url(javafx.beans.property.StringProperty property) {
        TextField field = text(property);
        field.setPromptText("https://");
        return field;
    }

    private static TextField small(javafx.beans.property.StringProperty property, String id, String prompt) {
        TextField field = text(property);
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(5);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.setMaxWidth(90);
        return field;
    }

    private static <E extends Enum<E>> ChoiceBox<E> choice(E[] values) {
        return FilterChoiceBox.ofEach(values);
    }
}
