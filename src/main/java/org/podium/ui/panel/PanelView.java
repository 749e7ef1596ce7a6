package org.podium.ui.panel;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.service.directory.DirectoryService;
import org.podium.ui.common.FilterChoiceBox;
import org.podium.ui.common.Messages;
import org.podium.ui.common.QuickAddDialog;
import org.podium.ui.common.StyleClasses;
import org.podium.ui.forms.FieldError;

/** The panel: its seats in order, each with its role, answer and checks, and the bar to seat someone. */
final class PanelView {
    static final String LIST_ID = "seatList";
    static final String PERSON_ID = "seatPerson";
    static final String ROLE_ID = "seatRole";
    static final String STATE_ID = "seatState";
    static final String SEAT_ID = "seatButton";
    static final String NEW_PERSON_ID = "newPersonLink";

    private final PanelViewModel model;

    PanelView(PanelViewModel model) {
        this.model = model;
    }

    Region build() {
        Label empty = new Label(Messages.get("panel.none"));
        empty.getStyleClass().add(StyleClasses.MUTED);
        Region list = new CardList<>(model.seats(), this::card, model::move, null, empty).node();
        list.setId(LIST_ID);
        Tooltip.install(list, new Tooltip(Messages.get("panel.reorder.tip")));
        return new VBox(8, list, seatBar());
    }

    /**
     * "Add ‘Name’ as a new person…": a small form (name, email, position, organisation) for
     * someone the directory does not have, who is then seated. The name starts as what was typed
     * in the picker's search, if anything.
     */
    private void askNewPerson(SearchableComboBox<DirectoryService.PersonLine> picker, String typed) {
        QuickAddDialog form = new QuickAddDialog(picker, typed, Messages.get("panel.newPerson.title"),
                "panel.newPerson.header", Messages.get("panel.newPerson.name"), NEW_PERSON_ID + "Name");
        javafx.scene.control.TextField email = new javafx.scene.control.TextField();
        javafx.scene.control.TextField position = new javafx.scene.control.TextField();
        javafx.scene.control.TextField organisation = new javafx.scene.control.TextField();
        email.setId(NEW_PERSON_ID + "Email");
        position.setId(NEW_PERSON_ID + "Position");
        organisation.setId(NEW_PERSON_ID + "Organisation");
        form.field(Messages.get("panel.newPerson.email"), email)
                .field(Messages.get("panel.newPerson.position"), position)
                .field(Messages.get("panel.newPerson.organisation"), organisation);
        form.showUntilTaken(Messages.get("panel.newPerson.add"), attempt -> model.seatNewPerson(
                form.required().getText(), email.getText(), position.getText(), organisation.getText(), attempt));
    }

    private Node seatBar() {
        SearchableComboBox<DirectoryService.PersonLine> person = new SearchableComboBox<>(model.personChoices());
        person.setId(PERSON_ID);
        person.setPromptText(Messages.get("panel.pickPerson"));
        person.setConverter(new StringConverter<>() {
            @Override
            public String toString(DirectoryService.PersonLine line) {
                return line == null ? "" : line.person().fullName()
                        + line.organisation().map(o -> " — " + o.displayName()).orElse("");
            }

            @Override
            public DirectoryService.PersonLine fromString(String text) {
                return model.personChoices().stream().filter(l -> toString(l).equalsIgnoreCase(text)).findFirst()
                        .orElse(null);
            }
        });
        person.valueProperty().bindBidirectional(model.personToSeatProperty());
        person.setPrefWidth(260);
        ChoiceBox<SeatRole> role = choice(SeatRole.values());
        role.setId(ROLE_ID);
        role.valueProperty().bindBidirectional(model.roleToSeatProperty());
        ChoiceBox<SeatState> state = choice(SeatState.values());
        state.setId(STATE_ID);
        state.valueProperty().bindBidirectional(model.stateToSeatProperty());
        // As wide as the longest role or answer, in either language ("Intervento principale").
        Button seat = new Button(Messages.get("panel.seat"), new FontIcon(Feather.USER_PLUS));
        seat.setId(SEAT_ID);
        seat.getStyleClass().add(Styles.ACCENT);
        seat.disableProperty().bind(model.canSeatProperty().not());
        seat.setOnAction(e -> model.seat());
        javafx.scene.control.Hyperlink addNew = QuickAddDialog.link(person, NEW_PERSON_ID, typed -> typed.isEmpty()
                || model.personChoices().stream().anyMatch(l -> l.person().fullName().equalsIgnoreCase(typed))
                ? Messages.get("panel.newPerson.link") : Messages.get("panel.newPerson.header", typed),
                typed -> askNewPerson(person, typed));
        FlowPane bar = new FlowPane(8, 6, person, role, state, seat, addNew);
        bar.setAlignment(Pos.CENTER_LEFT);
        // Enter in the seat form seats the person, as Enter in the agenda's form adds the item.
        bar.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && model.canSeatProperty().get()) {
                e.consume();
                model.seat();
            }
        });
        return new VBox(4, bar, FieldError.under(person, model.personErrorProperty()));
    }

    static <E extends Enum<E>> ChoiceBox<E> choice(E[] values) {
        return FilterChoiceBox.ofEach(values);
    }

    /** A seat: drag handle, number, name and organisation, role and answer, checks, invitation and remove. */
    private Region card(SeatRow row) {
        FontIcon handle = new FontIcon(Feather.MENU);
        handle.getStyleClass().add(StyleClasses.MUTED);
        Label number = new Label(row.number() + ".");
        number.setMinWidth(22);
        FontIcon answered = new FontIcon(stateIcon(row.state()));
        answered.getStyleClass().add(switch (row.state()) {
            case CONFIRMED -> PanelAgendaView.ICON_SUCCESS;
            case INVITED -> PanelAgendaView.ICON_WARNING;
            case DECLINED -> PanelAgendaView.ICON_DANGER;
        });
        Label name = new Label(row.name(), answered);
        name.getStyleClass().add("podium-event-title");
        Label about = new Label(row.about());
        about.getStyleClass().add(StyleClasses.MUTED);
        about.setWrapText(true);
        ChoiceBox<SeatRole> role = choice(SeatRole.values());
        role.setValue(row.role());
        role.setOnAction(e -> model.changeRole(row, role.getValue()));
        ChoiceBox<SeatState> state = choice(SeatState.values());
        state.setValue(row.state());
        state.setOnAction(e -> model.changeState(row, state.getValue()));
        CheckBox tech = new CheckBox(Messages.get("panel.techCheck"));
        tech.setSelected(row.seat().techCheckDone());
        tech.setOnAction(e -> model.setTechCheckDone(row, tech.isSelected()));
        CheckBox consent = new CheckBox(Messages.get("panel.consent"));
        consent.setSelected(row.seat().consentToRecording());
        consent.setOnAction(e -> model.setConsentToRecording(row, consent.isSelected()));
        // As wide as the longest role or answer, in either language ("Intervento principale").
        HBox answer = new HBox(8, role, state);
        HBox checks = new HBox(12, tech, consent);
        checks.setAlignment(Pos.CENTER_LEFT);
        checks.setMinHeight(30);
        FlowPane controls = new FlowPane(12, 4, answer, checks);
        controls.setAlignment(Pos.CENTER_LEFT);
        VBox who = new VBox(3, name, about, controls);
        who.setMinWidth(0);
        HBox.setHgrow(who, Priority.ALWAYS);
        Button invite = iconButton(Feather.CALENDAR, "panel.invite.tip", () -> model.saveInvitation(row));
        Button remove = iconButton(Feather.X, "panel.remove.tip", () -> model.remove(row));
        HBox card = new HBox(8, handle, number, who, invite, remove);
        card.setAlignment(Pos.TOP_LEFT);
        return card;
    }

    private static Feather stateIcon(SeatState state) {
        return switch (state) {
            case CONFIRMED -> Feather.CHECK_CIRCLE;
            case INVITED -> Feather.CLOCK;
            case DECLINED -> Feather.X_CIRCLE;
        };
    }

    static Button iconButton(Feather icon, String tipKey, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(Messages.get(tipKey)));
        button.setOnAction(e -> action.run());
        return button;
    }
}
