package org.podium.ui.people;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.podium.domain.Organisation;
import org.podium.domain.Person;
import org.podium.domain.Versioned;
import org.podium.service.directory.Appearance;
import org.podium.service.directory.DirectoryService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.EditGuard;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.Texts;

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
    private final ObservableList<PersonRow> all = FXCollections.observableArrayList();
    private final FilteredList<PersonRow> shown = new FilteredList<>(all);
    private final ObjectProperty<PersonRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> appearances = FXCollections.observableArrayList();
    private final PersonFormViewModel form;
    private final EditGuard guard;
    private boolean keepEdits;
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final javafx.beans.binding.StringBinding placeholder;

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
        search.addListener((obs, old, text) -> shown.setPredicate(row -> matches(row, text)));
        placeholder = javafx.beans.binding.Bindings.createStringBinding(() -> org.podium.ui.common.Placeholder.text(
                !loaded.get(), Messages.get("people.loading"), search.getValue(), false, "people.noMatch",
                "people.empty", "people.empty"), loaded, search);
        selected.addListener((obs, old, row) -> loadPerson(row));
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
        refresh(selected.get() == null ? -1 : selected.get().id());
    }

    /**
     * View → Reload, and what a change made elsewhere triggers: as {@link #refresh}, but a form
     * with unsaved edits is left as the coordinator has it.
     */
    public void reload() {
        keepEdits = true;
        refresh();
    }

    private void refresh(long keep) {
        runner.run(Messages.get("people.loading"), progress -> new Loaded(directory.people(), directory.organisations()),
                data -> {
                    all.setAll(data.people().stream().map(PeopleViewModel::row).toList());
                    loaded.set(true);
                    form.directory(data.organisations(), data.people().stream().map(DirectoryService.PersonLine::person)
                            .toList());
                    boolean keeping = keepEdits;
                    keepEdits = false;
                    if (creating.get()) {
                        return;
                    }
                    java.util.Optional<PersonRow> kept = all.stream().filter(r -> r.id() == keep).findFirst();
                    if (kept.isEmpty() && form.dirtyProperty().get()) {
                        return;
                    }
                    PersonRow now = kept.orElse(shown.isEmpty() ? null : shown.get(0));
                    if (now != null && now.equals(selected.get())) {
                        loadPerson(now, keeping);
                    } else {
                        selected.set(now);
                    }
                }, failure -> dialogs.showError(Messages.get("people.loadFailed"), failure.getMessage()));
    }

    private record Loaded(List<DirectoryService.PersonLine> people, List<Organisation> organisations) {
    }

    private static PersonRow row(DirectoryService.PersonLine l) {
        return new PersonRow(l.person().id(), l.person().fullName(), l.person().position(),
                l.organisation().map(Organisation::name).orElse(""), l.person().email(), l.person().country());
    }

    private void loadPerson(PersonRow row) {
        loadPerson(row, false);
    }

    private void loadPerson(PersonRow row, boolean keepingEdits) {
        if (row == null) {
            appearances.clear();
            return;
        }
        creating.set(false);
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
        guard.settle(() -> {
            creating.set(true);
            selected.set(null);
            form.load(null);
        });
    }

    /** Shows this person, as a click in the list does, once the form's edits are saved or discarded. */
    public void choose(PersonRow row, Runnable stay) {
        if (!creating.get() && java.util.Objects.equals(selected.get(), row)) {
            return;
        }
        guard.settle(() -> selected.set(row), stay);
    }

    private boolean saveBeforeMoving(Runnable saved, Runnable failed) {
        return form.save(person -> {
            creating.set(false);
            notifier.notify(Messages.get("people.saved", person.fullName()));
            saved.run();
            refresh(selected.get() == null ? person.id() : selected.get().id());
            onChanged.run();
        }, failed);
    }

    /** The form's unsaved edits, which the window asks about before moving on. */
    public EditGuard guard() {
        return guard;
    }

    /** After the form saved a person: show them selected in the refreshed list. */
    public void saved(Person person) {
        creating.set(false);
        notifier.notify(Messages.get("people.saved", person.fullName()));
        refresh(person.id());
        onChanged.run();
    }

    /** Asks, then moves the selected person to the trash with their seats, offering to undo. */
    public void deleteSelected() {
        PersonRow row = selected.get();
        if (row == null || !dialogs.confirm(Messages.get("people.delete.title"),
                Messages.get("people.delete.message", row.name(), appearances.size()),
                Messages.get("people.delete.yes"), Messages.get("common.cancel"))) {
            return;
        }
        runner.run(Messages.get("people.deleting"), progress -> directory.movePersonToTrash(row.id()), gone -> {
            if (form.editing(gone.id())) {
                form.revert();
            }
            refresh(-1);
            onChanged.run();
            notifier.offerUndo(Messages.get("people.deleted", gone.fullName()), () ->
                    runner.run(Messages.get("people.restoring"), progress -> directory.restorePerson(gone.id()), back -> {
                        refresh(back.id());
                        onChanged.run();
                    }, failure -> dialogs.showError(Messages.get("people.restoreFailed"), failure.getMessage())));
        }, failure -> dialogs.showError(Messages.get("people.deleteFailed"), failure.getMessage()));
    }

    public ObservableList<PersonRow> rows() {
        return shown;
    }

    public ObjectProperty<PersonRow> selectedProperty() {
        return selected;
    }

    /** What the empty table says: loading, nothing matching the search, or none yet. */
    public javafx.beans.binding.StringBinding placeholderProperty() {
        return placeholder;
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
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
        all.stream().filter(r -> r.id() == id).findFirst().ifPresent(row -> choose(row, () -> { }));
    }
}
