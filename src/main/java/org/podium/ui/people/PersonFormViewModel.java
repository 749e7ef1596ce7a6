package org.podium.ui.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Emails;
import org.podium.domain.Organisation;
import org.podium.domain.Person;
import org.podium.domain.Stamp;
import org.podium.domain.Versioned;
import org.podium.service.directory.DirectoryService;
import org.podium.service.privacy.ErasedAddressException;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.NewOrganisation;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.forms.DirectoryScreen;
import org.podium.ui.forms.EditConflict;
import org.podium.ui.forms.EditLock;
import org.podium.ui.forms.FormState;

/**
 * The form of one person: every field of the directory, checked as the coordinator types
 * (a name, a well-formed address no one else has), saved only when valid.
 */
public final class PersonFormViewModel implements DirectoryScreen.Form<Person> {
    private final DirectoryService directory;
    private final TaskRunner runner;
    private final DialogService dialogs;

    private Person original;
    private Map<String, Person> emailOwners = Map.of();
    /** The key of an address the directory refused as erased on request, shown beside the field. */
    private String refusedEmail = "";

    private final StringProperty honorific = new SimpleStringProperty("");
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final ObjectProperty<Organisation> organisation = new SimpleObjectProperty<>();
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty bio = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<Organisation> organisationChoices = FXCollections.observableArrayList();

    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emailError = new ReadOnlyStringWrapper("");
    private final FormState state = new FormState(this::revalidate);
    private final BooleanBinding valid;
    private final EditLock<Person> lock = new EditLock<>(Person.class, List.of(
            text("person.honorific", Person::honorific, honorific), text("person.firstName", Person::firstName, firstName),
            text("person.lastName", Person::lastName, lastName), text("person.email", Person::email, email),
            text("person.phone", Person::phone, phone), text("person.position", Person::position, position),
            new EditConflict.Field<>("person.organisation", p -> organisationOf(p).map(Organisation::name).orElse(""),
                    p -> organisation.set(organisationOf(p).orElse(null))),
            text("person.city", Person::city, city), text("person.country", Person::country, country),
            text("person.bio", Person::bio, bio), text("person.notes", Person::notes, notes)));

    public PersonFormViewModel(DirectoryService directory, TaskRunner runner, DialogService dialogs) {
        this.directory = directory;
        this.runner = runner;
        this.dialogs = dialogs;
        valid = Bindings.createBooleanBinding(() -> nameError.get().isEmpty() && emailError.get().isEmpty(),
                nameError, emailError);
        Observable[] everything = {honorific, firstName, lastName, email, phone, position, organisation, city, country,
            bio, notes};
        state.watch(everything);
    }

    /** The directory as it stands, for the pick list and the check that an address is free. */
    void directory(List<Organisation> organisations, List<Person> people) {
        Organisation chosen = organisation.get();
        organisationChoices.setAll(organisations);
        // The same organisation read again is no edit of the coordinator's.
        state.quietly(() -> organisation.set(chosen == null ? null
                : organisations.stream().filter(o -> o.id() == chosen.id()).findFirst().orElse(null)));
        Map<String, Person> owners = new HashMap<>();
        for (Person p : people) {
            if (!p.email().isEmpty()) {
                owners.put(Emails.normalise(p.email()), p);
            }
        }
        emailOwners = owners;
        revalidate();
    }

    private static EditConflict.Field<Person> text(String key, Function<Person, String> value, StringProperty field) {
        return new EditConflict.Field<>(key, value, p -> field.set(value.apply(p)));
    }

    private Optional<Organisation> organisationOf(Person p) {
        return p.organisationId() == null ? Optional.empty()
                : organisationChoices.stream().filter(o -> o.id() == p.organisationId()).findFirst();
    }

    /** Fills the form from a stored person, or empties it for a new one when {@code person} is null. */
    public void load(Person person) {
        load(person, null);
    }

    /** Fills the form from a stored person read at {@code stamp}, whose version saves are made against. */
    public void load(Person person, Stamp stamp) {
        state.fill(() -> {
            refusedEmail = "";
            original = person;
            Person p = person == null ? Person.named("-", "") : person;
            honorific.set(p.honorific());
            firstName.set(person == null ? "" : p.firstName());
            lastName.set(p.lastName());
            email.set(p.email());
            phone.set(p.phone());
            position.set(p.position());
            organisation.set(organisationOf(p).orElse(null));
            city.set(p.city());
            country.set(p.country());
            bio.set(p.bio());
            notes.set(p.notes());
        }, person != null);
        lock.opened(person == null || stamp == null ? null : new Versioned<>(person, stamp));
    }

    /** The form still holds edits of the stored person {@code id}, which a reload must not overwrite. */
    public boolean editing(long id) {
        return state.isDirty() && original != null && original.id() == id;
    }

    /** What the form is called in "Save changes to …?". */
    public String name() {
        String name = (firstName.get() + " " + lastName.get()).strip();
        return name.isEmpty() ? Messages.get("people.newTitle") : name;
    }

    public boolean isNew() {
        return original == null;
    }

    private void revalidate() {
        nameError.set(firstName.get().isBlank() && lastName.get().isBlank() ? Messages.get("person.error.name") : "");
        String address = Emails.clean(email.get());
        if (address.isEmpty()) {
            emailError.set("");
        } else if (Emails.hasControl(address)) {
            emailError.set(Messages.get("person.error.emailControl"));
        } else if (!Emails.isValid(address)) {
            emailError.set(Messages.get("person.error.email"));
        } else if (Emails.normalise(address).equals(refusedEmail)) {
            emailError.set(Messages.get("person.error.erased", address));
        } else {
            emailError.set(owner(Emails.normalise(address)).map(name -> Messages.get("person.error.emailTaken", name))
                    .orElse(""));
        }
    }

    private Optional<String> owner(String key) {
        long self = original == null ? 0 : original.id();
        return Optional.ofNullable(emailOwners.get(key)).filter(p -> p.id() != self).map(Person::fullName);
    }

    /** The person the form describes, if it is valid. */
    public Optional<Person> draft() {
        if (!valid.get()) {
            return Optional.empty();
        }
        Organisation org = organisation.get();
        return Optional.of(new Person(original == null ? 0 : original.id(), honorific.get(), firstName.get(),
                lastName.get(), email.get(), phone.get(), position.get(), org == null ? null : org.id(), city.get(),
                country.get(), bio.get(), notes.get()));
    }

    /** Adds or saves the person; the stored person goes to {@code onSaved}. */
    public void save(Consumer<Person> onSaved) {
        save(onSaved, () -> { });
    }

    /** Saves, running {@code onFailed} if refused; false, saving nothing, if the form is not valid. */
    public boolean save(Consumer<Person> onSaved, Runnable onFailed) {
        state.showErrors();
        Optional<Person> draft = draft();
        if (draft.isEmpty()) {
            return false;
        }
        boolean creating = isNew();
        Long expected = lock.expectedVersion();
        runner.run(Messages.get("person.saving"), progress -> creating
                ? directory.getPersonVersioned(directory.addPerson(draft.get()).id())
                : directory.updatePerson(draft.get(), expected), saved -> {
                    load(saved.value(), saved.stamp());
                    onSaved.accept(saved.value());
                }, failure -> {
                    // Someone else saved the person meanwhile: the form keeps every edit and shows theirs.
                    if (!lock.caught(failure, draft.get())) {
                        refused(failure);
                    }
                    onFailed.run();
                });
        return true;
    }

    private void refused(Throwable failure) {
        if (failure instanceof ErasedAddressException erased) {
            // Shown beside the address, as a taken one is, until the address changes.
            refusedEmail = Emails.normalise(erased.email());
            revalidate();
        } else {
            dialogs.showError(Messages.get("person.saveFailed"), Messages.reason(failure));
        }
    }

    /** Puts the form back as it was loaded. */
    public void revert() {
        Versioned<Person> stored = lock.opened();
        load(stored == null ? original : stored.value(), stored == null ? null : stored.stamp());
    }

    /** The form's optimistic lock, whose conflict the form shows above its fields. */
    public EditLock<Person> lock() {
        return lock;
    }

    /**
     * "Add ‘Name’ as a new organisation…" from the organisation field: stores the organisation
     * and makes it this person's, so the form becomes dirty but is neither saved nor discarded.
     * A blank name stores nothing.
     */
    public boolean addNewOrganisation(NewOrganisation.Draft draft) {
        return NewOrganisation.add(draft, directory, runner, dialogs, added -> {
            organisationChoices.add(added);
            organisation.set(added);
        });
    }

    /** True when the name typed in the organisation field is one the directory lacks. */
    public boolean isNewOrganisation(String typed) {
        return NewOrganisation.isUnknown(typed, organisationChoices);
    }

    public StringProperty honorificProperty() { return honorific; }
    public StringProperty firstNameProperty() { return firstName; }
    public StringProperty lastNameProperty() { return lastName; }
    public StringProperty emailProperty() { return email; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty positionProperty() { return position; }
    public ObjectProperty<Organisation> organisationProperty() { return organisation; }
    public StringProperty cityProperty() { return city; }
    public StringProperty countryProperty() { return country; }
    public StringProperty bioProperty() { return bio; }
    public StringProperty notesProperty() { return notes; }
    public ObservableList<Organisation> organisationChoices() { return organisationChoices; }
    public ObservableStringValue nameErrorProperty() { return state.shown(nameError); }
    public ObservableStringValue emailErrorProperty() { return state.shown(emailError); }
    public ReadOnlyBooleanProperty dirtyProperty() { return state.dirtyProperty(); }
    public BooleanBinding validProperty() { return valid; }
    /** False while a new form is untouched: its errors are not shown yet. */
    public ReadOnlyBooleanProperty errorsShownProperty() { return state.errorsShownProperty(); }
}
