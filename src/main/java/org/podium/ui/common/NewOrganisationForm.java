package org.podium.ui.common;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.podium.domain.OrganisationKind;

/**
 * The view half of "Add ‘Name’ as a new organisation…" beside an organisation picker: the
 * link, which names what was typed when the directory lacks it, and the small form it opens.
 */
public final class NewOrganisationForm {
    public static final String NAME_ID = "newOrganisationName";

    private NewOrganisationForm() {
    }

    /**
     * A link under {@code picker} that reads "Add ‘Name’ as a new organisation…" while the name
     * typed in its search is one {@code isNew} does not know, and opens the form with it.
     */
    public static Hyperlink link(ComboBox<?> picker, String id, Predicate<String> isNew, Consumer<String> onAction) {
        return QuickAddDialog.link(picker, id, typed -> isNew.test(typed)
                ? Messages.get("organisation.new.header", typed) : Messages.get("organisation.new.link"), onAction);
    }

    /**
     * Asks for a new organisation (name, short name, kind, city, country), the name starting as
     * {@code typed} in {@code picker}; empty when the user cancels.
     */
    public static Optional<NewOrganisation.Draft> ask(ComboBox<?> picker, String typed, OrganisationKind kind) {
        QuickAddDialog form = new QuickAddDialog(picker, typed, Messages.get("organisation.new.title"),
                "organisation.new.header", Messages.get("organisation.name"), NAME_ID);
        TextField shortName = new TextField();
        ChoiceBox<OrganisationKind> kinds = new FilterChoiceBox<>();
        kinds.getItems().setAll(OrganisationKind.values());
        kinds.setValue(kind == null ? OrganisationKind.OTHER : kind);
        kinds.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrganisationKind value) {
                return value == null ? "" : Texts.of(value);
            }

            @Override
            public OrganisationKind fromString(String text) {
                return null;
            }
        });
        TextField city = new TextField();
        TextField country = new TextField();
        form.field(Messages.get("organisation.shortName"), shortName)
                .field(Messages.get("organisation.kind"), kinds)
                .field(Messages.get("organisation.city"), city)
                .field(Messages.get("organisation.country"), country);
        if (!form.showAndWait(Messages.get("organisation.new.add"))) {
            return Optional.empty();
        }
        return Optional.of(new NewOrganisation.Draft(form.required().getText(), shortName.getText(),
                kinds.getValue(), city.getText(), country.getText()));
    }
}
