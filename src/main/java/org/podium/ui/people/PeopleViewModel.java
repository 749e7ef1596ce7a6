package org.podium.ui.people;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Organisation;
import org.podium.domain.Person;
import org.podium.domain.Versioned;
import org.podium.service.directory.Appearance;
import org.podium.service.directory.DirectoryService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.EditGuard;
import org.podium.ui.common.ListAndForm;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.Texts;
import org.podium.ui.common.UndoableDelete;

/**
 * The People screen: the directory as a searchable list, the selected person in a form with
 * the events and roles they have had, adding, and deleting with undo.
 */
public final class PeopleViewModel {
    /** One row of the people table. */
    public record PersonRow(long id, String name, String position, String organisation, String email, String country) {
    }

    private final DirectoryService directory;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final Runnable onChanged;
    private final ObservableList<String> appearances = FXCollections.observableArrayList();
    private final PersonFormViewModel form;
    private final EditGuard guard;
    private final ListAndForm<PersonRow> list;

    /**
     * @param onChanged runs after a person is saved, deleted or restored, so other screens that
     *                  show people (panels, organisations) can reload
     */
    public PeopleViewModel(DirectoryService directory, TaskRunner runner, DialogService dialogs, Notifier notifier,
                           ObservableValue<String> search, Runnable onChanged) {
        this.directory = directory;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.onChanged = onChanged;
        this.form = new PersonFormViewModel(directory, runner, dialogs);
        this.guard = new EditGuard(dialogs);
        guard.register(new EditGuard.Form(form.dirtyProperty(), form::name, this::saveBeforeMoving, form::revert));
        this.list = new ListAndForm<>("people", search, PeopleViewModel::matches, PersonRow::id, form.dirtyProperty(),
                guard);
        list.onShow(this::loadPerson);
    }

    static boolean matches(PersonRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return (row.name() + " " + row.position() + " " + row.organisation() + " " + row.email())
                .toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Reloads the directory, keeping the selected person (and reloading their events). */
    public void refresh() {
        refresh(list.selectedId());
    }

    /**
     * View → Reload, and what a change made elsewhere triggers: as {@link #refresh}, but a form
     * with unsaved edits is left as the coordinator has it.
     */
    public void reload() {
        list.keepEdits();
        refresh();
    }

    private void refresh(long keep) {
        runner.run(Messages.get("people.loading"), progress -> new Loaded(directory.people(), directory.organisations()),
                data -> {
                    form.directory(data.organisations(), data.people().stream().map(DirectoryService.PersonLine::person)
                            .toList());
                    list.read(data.people().stream().map(PeopleViewModel::row).toList(), keep);
                }, failure -> dialogs.showError(Messages.get("people.loadFailed"), failure.getMessage()));
    }

    private record Loaded(List<DirectoryService.PersonLine> people, List<Organisation> organisations) {
    }

    private static PersonRow row(DirectoryService.PersonLine l) {
        return new PersonRow(l.person().id(), l.person().fullName(), l.person().position(),
                l.organisation().map(Organisation::name).orElse(""), l.person().email(), l.person().country());
    }

    private void loadPerson(PersonRow row, boolean keepingEdits) {
        if (row == null) {
            appearances.clear();
            return;
        }
        runner.run(Messages.get("people.loadingOne", row.name()), progress -> new Profile(
                directory.getPersonVersioned(row.id()),
                directory.appearances(row.id())), profile -> {
                    // A reload never overwrites edits not yet saved.
                    Person person = profile.person().value();
                    if (!form.editing(person.id()) && !(keepingEdits && form.dirtyProperty().get())) {
                        form.load(person, profile.person().stamp());
                    }
                    appearances.setAll(profile.appearances().stream().map(PeopleViewModel::appearance).toList());
                }, failure -> dialogs.showError(Messages.get("people.loadFailed"), failure.getMessage()));
    }

    private record Profile(Versioned<Person> person, List<Appearance> appearances) {
    }

    /** "24 Sep 2020 · Social Innovation for Migrant Integration — Presenter (Confirmed)". */
    static String appearance(Appearance a) {
        return Messages.get("people.appearance", DateTimeFormatter.ofPattern("d MMM yyyy", Messages.locale())
                .format(a.event().startInZone()), a.event().title(), Texts.of(a.seat().role()), Texts.of(a.seat().state()));
    }

    /** Opens an empty form for a new person, once the edits in the form are settled. */
    public void newPerson() {
        list.create(() -> form.load(null));
    }

    /** Shows this person, as a click in the list does, once the form's edits are saved or discarded. */
    public void choose(PersonRow row, Runnable stay) {
        list.choose(row, stay);
    }

    private boolean saveBeforeMoving(Runnable saved, Runnable failed) {
        return form.save(person -> saved(person, saved), failed);
    }

    /** The form's unsaved edits, which the window asks about before moving on. */
    public EditGuard guard() {
        return guard;
    }

    /** After the form saved a person: show them selected in the refreshed list. */
    public void saved(Person person) {
        saved(person, () -> { });
    }

    /** Tells of the save, lets {@code then} move on, and shows the row then selected, else the person saved. */
    private void saved(Person person, Runnable then) {
        list.created();
        notifier.notify(Messages.get("people.saved", person.fullName()));
        then.run();
        refresh(list.selectedId() < 0 ? person.id() : list.selectedId());
        onChanged.run();
    }

    /** Asks, then moves the selected person to the trash with their seats, offering to undo. */
    public void deleteSelected() {
        PersonRow row = list.selectedProperty().get();
        if (row == null || !dialogs.confirm(Messages.get("people.delete.title"),
                Messages.get("people.delete.message", row.name(), appearances.size()),
                Messages.get("people.delete.yes"), Messages.get("common.cancel"))) {
            return;
        }
        new UndoableDelete(runner, dialogs, notifier, "people").run(progress -> directory.movePersonToTrash(row.id()),
                gone -> {
                    if (form.editing(gone.id())) {
                        form.revert();
                    }
                    refresh(-1);
                    onChanged.run();
                }, Person::fullName, gone -> progress -> directory.restorePerson(gone.id()), back -> {
                    refresh(back.id());
                    onChanged.run();
                });
    }

    public ObservableList<PersonRow> rows() {
        return list.rows();
    }

    public ObjectProperty<PersonRow> selectedProperty() {
        return list.selectedProperty();
    }

    /** What the empty table says: loading, nothing matching the search, or none yet. */
    public StringBinding placeholderProperty() {
        return list.placeholderProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return list.creatingProperty();
    }

    /** The selected person's events and roles, latest first. */
    public ObservableList<String> appearances() {
        return appearances;
    }

    public PersonFormViewModel form() {
        return form;
    }

    /** Selects the person with this id if they are in the list. */
    public void select(long id) {
        list.select(id);
    }
}
