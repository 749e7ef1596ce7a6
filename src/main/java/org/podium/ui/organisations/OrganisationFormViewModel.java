package org.podium.ui.organisations;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.domain.Stamp;
import org.podium.domain.Versioned;
import org.podium.service.directory.DirectoryService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.forms.DirectoryScreen;
import org.podium.ui.forms.EditConflict;
import org.podium.ui.forms.EditLock;
import org.podium.ui.forms.FormState;

/** The form of one organisation: its name (required, unique), short name, kind and place. */
public final class OrganisationFormViewModel implements DirectoryScreen.Form<Organisation> {
    private final DirectoryService directory;
    private final TaskRunner runner;
    private final DialogService dialogs;

    private Organisation original;
    private List<Organisation> others = List.of();

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationKind> kind = new SimpleObjectProperty<>(OrganisationKind.OTHER);
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final FormState state = new FormState(this::revalidate);
    private final BooleanBinding valid;
    private final EditLock<Organisation> lock = new EditLock<>(Organisation.class, List.of(
            new EditConflict.Field<>("organisation.name", Organisation::name, o -> name.set(o.name())),
            new EditConflict.Field<>("organisation.shortName", Organisation::shortName,
                    o -> shortName.set(o.shortName())),
            new EditConflict.Field<>("organisation.kind", Organisation::kind, o -> kind.set(o.kind())),
            new EditConflict.Field<>("organisation.city", Organisation::city, o -> city.set(o.city())),
            new EditConflict.Field<>("organisation.country", Organisation::country, o -> country.set(o.country()))));

    public OrganisationFormViewModel(DirectoryService directory, TaskRunner runner, DialogService dialogs) {
        this.directory = directory;
        this.runner = runner;
        this.dialogs = dialogs;
        valid = Bindings.createBooleanBinding(() -> nameError.get().isEmpty(), nameError);
        state.watch(name, shortName, kind, city, country);
    }

    /** The organisations as they stand, for the check that a name is free. */
    void directory(List<Organisation> organisations) {
        others = List.copyOf(organisations);
        revalidate();
    }

    /** Fills the form from a stored organisation, or empties it for a new one when null. */
    public void load(Organisation organisation) {
        load(organisation, null);
    }

    /** Fills the form from a stored organisation read at {@code stamp}, whose version saves are made against. */
    public void load(Organisation organisation, Stamp stamp) {
        state.fill(() -> {
            original = organisation;
            name.set(organisation == null ? "" : organisation.name());
            shortName.set(organisation == null ? "" : organisation.shortName());
            kind.set(organisation == null ? OrganisationKind.OTHER : organisation.kind());
            city.set(organisation == null ? "" : organisation.city());
            country.set(organisation == null ? "" : organisation.country());
        }, organisation != null);
        lock.opened(organisation == null || stamp == null ? null : new Versioned<>(organisation, stamp));
    }

    /** The form still holds edits of the stored organisation {@code id}, which a reload must not overwrite. */
    public boolean editing(long id) {
        return state.isDirty() && original != null && original.id() == id;
    }

    /** What the form is called in "Save changes to …?". */
    public String name() {
        return name.get().isBlank() ? Messages.get("organisations.newTitle") : name.get().strip();
    }

    private void revalidate() {
        String wanted = name.get().strip();
        long self = original == null ? 0 : original.id();
        if (wanted.isEmpty()) {
            nameError.set(Messages.get("organisation.error.name"));
        } else if (others.stream().anyMatch(o -> o.id() != self
                && o.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))) {
            nameError.set(Messages.get("organisation.error.nameTaken"));
        } else {
            nameError.set("");
        }
    }

    /** The organisation the form describes, if it is valid. */
    public Optional<Organisation> draft() {
        if (!valid.get()) {
            return Optional.empty();
        }
        return Optional.of(new Organisation(original == null ? 0 : original.id(), name.get(), shortName.get(),
                kind.get(), city.get(), country.get()));
    }

    /** Adds or saves the organisation; the stored one goes to {@code onSaved}. */
    public void save(Consumer<Organisation> onSaved) {
        save(onSaved, () -> { });
    }

    /** Saves, running {@code onFailed} if refused; false, saving nothing, if the form is not valid. */
    public boolean save(Consumer<Organisation> onSaved, Runnable onFailed) {
        state.showErrors();
        Optional<Organisation> draft = draft();
        if (draft.isEmpty()) {
            return false;
        }
        boolean creating = original == null;
        Long expected = lock.expectedVersion();
        runner.run(Messages.get("organisation.saving"), progress -> creating
                ? directory.getOrganisationVersioned(directory.addOrganisation(draft.get()).id())
                : directory.updateOrganisation(draft.get(), expected), saved -> {
                    load(saved.value(), saved.stamp());
                    onSaved.accept(saved.value());
                }, failure -> {
                    // Someone else saved the organisation meanwhile: the form keeps every edit and shows theirs.
                    if (!lock.caught(failure, draft.get())) {
                        dialogs.showError(Messages.get("organisation.saveFailed"), Messages.reason(failure));
                    }
                    onFailed.run();
                });
        return true;
    }

    public void revert() {
        Versioned<Organisation> stored = lock.opened();
        load(stored == null ? original : stored.value(), stored == null ? null : stored.stamp());
    }

    /** The form's optimistic lock, whose conflict the form shows above its fields. */
    public EditLock<Organisation> lock() {
        return lock;
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty shortNameProperty() { return shortName; }
    public ObjectProperty<OrganisationKind> kindProperty() { return kind; }
    public StringProperty cityProperty() { return city; }
    public StringProperty countryProperty() { return country; }
    public ObservableStringValue nameErrorProperty() { return state.shown(nameError); }
    public ReadOnlyBooleanProperty dirtyProperty() { return state.dirtyProperty(); }
    public BooleanBinding validProperty() { return valid; }
    /** False while a new form is untouched: its errors are not shown yet. */
    public ReadOnlyBooleanProperty errorsShownProperty() { return state.errorsShownProperty(); }
}
