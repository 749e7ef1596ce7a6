package org.podium.ui.people;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Organisation;
import org.podium.domain.Person;
import org.podium.domain.Versioned;
import org.podium.service.directory.Appearance;
import org.podium.service.directory.DirectoryService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.Texts;
import org.podium.ui.forms.DirectoryScreen;

/**
 * The People screen: the directory as a searchable list, the selected person in a form with
 * the events and roles they have had, adding, and deleting with undo.
 */
public final class PeopleViewModel extends DirectoryScreen<PeopleViewModel.PersonRow, Person, PersonFormViewModel> {
    /** One row of the people table. */
    public record PersonRow(long id, String name, String position, String organisation, String email, String country) {
    }

    private final DirectoryService directory;
    private final ObservableList<String> appearances = FXCollections.observableArrayList();

    /**
     * @param onChanged runs after a person is saved, deleted or restored, so other screens that
     *                  show people (panels, organisations) can reload
     */
    public PeopleViewModel(DirectoryService directory, TaskRunner runner, DialogService dialogs, Notifier notifier,
                           ObservableValue<String> search, Runnable onChanged) {
        super("people", new PersonFormViewModel(directory, runner, dialogs), runner, dialogs, notifier, onChanged, search,
                PeopleViewModel::matches, PersonRow::id, Person::id, Person::fullName);
        this.directory = directory;
    }

    static boolean matches(PersonRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return (row.name() + " " + row.position() + " " + row.organisation() + " " + row.email())
                .toLowerCase(Locale.ROOT).contains(needle);
    }

    @Override
    protected void refresh(long keep) {
        load(Messages.get("people.loading"), progress -> new Loaded(directory.people(), directory.organisations()),
                data -> {
                    form.directory(data.organisations(), data.people().stream().map(DirectoryService.PersonLine::person)
                            .toList());
                    list.read(data.people().stream().map(PeopleViewModel::row).toList(), keep);
                });
    }

    private record Loaded(List<DirectoryService.PersonLine> people, List<Organisation> organisations) {
    }

    private static PersonRow row(DirectoryService.PersonLine l) {
        return new PersonRow(l.person().id(), l.person().fullName(), l.person().position(),
                l.organisation().map(Organisation::name).orElse(""), l.person().email(), l.person().country());
    }

    @Override
    protected void show(PersonRow row, boolean keepingEdits) {
        if (row == null) {
            appearances.clear();
            return;
        }
        load(Messages.get("people.loadingOne", row.name()), progress -> new Profile(
                directory.getPersonVersioned(row.id()),
                directory.appearances(row.id())), profile -> {
                    Person person = profile.person().value();
                    if (mayLoad(person.id(), keepingEdits)) {
                        form.load(person, profile.person().stamp());
                    }
                    appearances.setAll(profile.appearances().stream().map(PeopleViewModel::appearance).toList());
                });
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
        create();
    }

    /** Asks, then moves the selected person to the trash with their seats, offering to undo. */
    public void deleteSelected() {
        PersonRow row = list.selectedProperty().get();
        if (row == null || !dialogs.confirm(Messages.get("people.delete.title"),
                Messages.get("people.delete.message", row.name(), appearances.size()),
                Messages.get("people.delete.yes"), Messages.get("common.cancel"))) {
            return;
        }
        undoableDelete().run(progress -> directory.movePersonToTrash(row.id()), gone -> deleted(gone.id()),
                Person::fullName, gone -> progress -> directory.restorePerson(gone.id()), back -> restored(back.id()));
    }

    /** The selected person's events and roles, latest first. */
    public ObservableList<String> appearances() {
        return appearances;
    }
}
