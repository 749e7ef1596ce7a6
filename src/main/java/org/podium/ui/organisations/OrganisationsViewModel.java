package org.podium.ui.organisations;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Event;
import org.podium.domain.Organisation;
import org.podium.domain.Versioned;
import org.podium.service.directory.DirectoryService;
import org.podium.service.directory.OrganisationProfile;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.EditGuard;
import org.podium.ui.common.ListAndForm;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.Texts;
import org.podium.ui.common.UndoableDelete;

/**
 * The Organisations screen: the organisations as a searchable list, the selected one in a
 * form with its people and events, adding, and deleting with undo.
 */
public final class OrganisationsViewModel {
    /** One row of the organisations table. */
    private record Loaded(OrganisationProfile profile, Versioned<Organisation> stored) {
    }

    public record OrganisationRow(long id, String name, String shortName, String kind, String city, String country) {
    }

    private final DirectoryService directory;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final Runnable onChanged;
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<String> events = FXCollections.observableArrayList();
    private final OrganisationFormViewModel form;
    private final EditGuard guard;
    private final ListAndForm<OrganisationRow> list;
    private Optional<OrganisationProfile> profile = Optional.empty();

    /** @param onChanged runs after an organisation is saved, deleted or restored, for screens showing them */
    public OrganisationsViewModel(DirectoryService directory, TaskRunner runner, DialogService dialogs,
                                  Notifier notifier, ObservableValue<String> search, Runnable onChanged) {
        this.directory = directory;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.onChanged = onChanged;
        this.form = new OrganisationFormViewModel(directory, runner, dialogs);
        this.guard = new EditGuard(dialogs);
        guard.register(new EditGuard.Form(form.dirtyProperty(), form::name, this::saveBeforeMoving, form::revert));
        this.list = new ListAndForm<>("organisations", search, OrganisationsViewModel::matches, OrganisationRow::id,
                form.dirtyProperty(), guard);
        list.onShow(this::loadProfile);
    }

    static boolean matches(OrganisationRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return (row.name() + " " + row.shortName() + " " + row.city() + " " + row.country())
                .toLowerCase(Locale.ROOT).contains(needle);
    }

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
        runner.run(Messages.get("organisations.loading"), progress -> directory.organisations(), organisations -> {
            form.directory(organisations);
            list.read(organisations.stream().map(OrganisationsViewModel::row).toList(), keep);
        }, failure -> dialogs.showError(Messages.get("organisations.loadFailed"), failure.getMessage()));
    }

    private static OrganisationRow row(Organisation o) {
        return new OrganisationRow(o.id(), o.name(), o.shortName(), Texts.of(o.kind()), o.city(), o.country());
    }

    private void loadProfile(OrganisationRow row, boolean keepingEdits) {
        if (row == null) {
            profile = Optional.empty();
            people.clear();
            events.clear();
            return;
        }
        runner.run(Messages.get("organisations.loadingOne", row.name()), progress -> new Loaded(directory.organisationProfile(row.id()),
                        directory.getOrganisationVersioned(row.id())), found -> {
                    OrganisationProfile loaded = found.profile();
                    profile = Optional.of(loaded);
                    // A reload never overwrites edits not yet saved.
                    if (!form.editing(loaded.organisation().id()) && !(keepingEdits && form.dirtyProperty().get())) {
                        form.load(found.stored().value(), found.stored().stamp());
                    }
                    people.setAll(loaded.people().stream().map(p -> p.position().isEmpty() ? p.fullName()
                            : Messages.get("organisations.member", p.fullName(), p.position())).toList());
                    events.setAll(lines(loaded));
                }, failure -> dialogs.showError(Messages.get("organisations.loadFailed"), failure.getMessage()));
    }

    /** Its own parts in events, then its people's seats, each "28 May 2020 · Title — what". */
    static List<String> lines(OrganisationProfile profile) {
        List<String> lines = new java.util.ArrayList<>();
        profile.parts().forEach(p -> lines.add(line(p.event(), Texts.of(p.role()))));
        profile.appearances().forEach(a -> lines.add(line(a.event(), Messages.get("organisations.seat",
                a.person().fullName(), Texts.of(a.seat().role())))));
        return lines;
    }

    private static String line(Event e, String what) {
        return Messages.get("organisations.event", DateTimeFormatter.ofPattern("d MMM yyyy", Messages.locale())
                .format(e.startInZone()), e.title(), what);
    }

    /** Opens an empty form for a new organisation, once the edits in the form are settled. */
    public void newOrganisation() {
        list.create(() -> form.load(null));
    }

    /** Shows this organisation, as a click in the list does, once the form's edits are saved or discarded. */
    public void choose(OrganisationRow row, Runnable stay) {
        list.choose(row, stay);
    }

    private boolean saveBeforeMoving(Runnable saved, Runnable failed) {
        return form.save(organisation -> saved(organisation, saved), failed);
    }

    /** The form's unsaved edits, which the window asks about before moving on. */
    public EditGuard guard() {
        return guard;
    }

    /** After the form saved an organisation: show it selected in the refreshed list. */
    public void saved(Organisation organisation) {
        saved(organisation, () -> { });
    }

    /** Tells of the save, lets {@code then} move on, and shows the row then selected, else the one saved. */
    private void saved(Organisation organisation, Runnable then) {
        list.created();
        notifier.notify(Messages.get("organisations.saved", organisation.name()));
        then.run();
        refresh(list.selectedId() < 0 ? organisation.id() : list.selectedId());
        onChanged.run();
    }

    /**
     * Asks, then deletes the selected organisation, offering to undo. One that takes part in
     * events is not deleted: the coordinator is told to take it off those events first.
     */
    public void deleteSelected() {
        OrganisationRow row = list.selectedProperty().get();
        if (row == null) {
            return;
        }
        int parts = profile.filter(p -> p.organisation().id() == row.id()).map(p -> p.parts().size()).orElse(0);
        if (parts > 0) {
            dialogs.showError(Messages.get("organisations.delete.refused.title"),
                    Messages.get("organisations.delete.refused", row.name(), parts));
            return;
        }
        if (!dialogs.confirm(Messages.get("organisations.delete.title"),
                Messages.get("organisations.delete.message", row.name(), people.size()),
                Messages.get("organisations.delete.yes"), Messages.get("common.cancel"))) {
            return;
        }
        new UndoableDelete(runner, dialogs, notifier, "organisations").run(
                progress -> directory.deleteOrganisation(row.id()), gone -> {
                    if (form.editing(row.id())) {
                        form.revert();
                    }
                    refresh(-1);
                    onChanged.run();
                }, gone -> gone.organisation().name(), gone -> progress -> directory.restoreOrganisation(gone), back -> {
                    refresh(back.id());
                    onChanged.run();
                });
    }

    public ObservableList<OrganisationRow> rows() {
        return list.rows();
    }

    public ObjectProperty<OrganisationRow> selectedProperty() {
        return list.selectedProperty();
    }

    /** What the empty table says: loading, nothing matching the search, or none yet. */
    public StringBinding placeholderProperty() {
        return list.placeholderProperty();
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return list.creatingProperty();
    }

    /** The selected organisation's people, "Name, position". */
    public ObservableList<String> people() {
        return people;
    }

    /** The selected organisation's events, latest first: its own parts, then its people's seats. */
    public ObservableList<String> events() {
        return events;
    }

    public OrganisationFormViewModel form() {
        return form;
    }
}
