package org.podium.ui.organisations;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.podium.domain.Event;
import org.podium.domain.Organisation;
import org.podium.domain.Versioned;
import org.podium.service.directory.DirectoryService;
import org.podium.service.directory.OrganisationProfile;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.EditGuard;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.Texts;

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
    private final ObservableList<OrganisationRow> all = FXCollections.observableArrayList();
    private final FilteredList<OrganisationRow> shown = new FilteredList<>(all);
    private final ObjectProperty<OrganisationRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<String> events = FXCollections.observableArrayList();
    private final OrganisationFormViewModel form;
    private final EditGuard guard;
    private Optional<OrganisationProfile> profile = Optional.empty();
    private boolean keepEdits;
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final javafx.beans.binding.StringBinding placeholder;

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
        search.addListener((obs, old, text) -> shown.setPredicate(row -> matches(row, text)));
        placeholder = javafx.beans.binding.Bindings.createStringBinding(() -> org.podium.ui.common.Placeholder.text(
                !loaded.get(), Messages.get("organisations.loading"), search.getValue(), false, "organisations.noMatch",
                "organisations.empty", "organisations.empty"), loaded, search);
        selected.addListener((obs, old, row) -> loadProfile(row));
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
        runner.run(Messages.get("organisations.loading"), progress -> directory.organisations(), list -> {
            all.setAll(list.stream().map(OrganisationsViewModel::row).toList());
            loaded.set(true);
            form.directory(list);
            boolean keeping = keepEdits;
            keepEdits = false;
            if (creating.get()) {
                return;
            }
            Optional<OrganisationRow> kept = all.stream().filter(r -> r.id() == keep).findFirst();
            if (kept.isEmpty() && form.dirtyProperty().get()) {
                return;
            }
            OrganisationRow now = kept.orElse(shown.isEmpty() ? null : shown.get(0));
            if (now != null && now.equals(selected.get())) {
                loadProfile(now, keeping);
            } else {
                selected.set(now);
            }
        }, failure -> dialogs.showError(Messages.get("organisations.loadFailed"), failure.getMessage()));
    }

    private static OrganisationRow row(Organisation o) {
        return new OrganisationRow(o.id(), o.name(), o.shortName(), Texts.of(o.kind()), o.city(), o.country());
    }

    private void loadProfile(OrganisationRow row) {
        loadProfile(row, false);
    }

    private void loadProfile(OrganisationRow row, boolean keepingEdits) {
        if (row == null) {
            profile = Optional.empty();
            people.clear();
            events.clear();
            return;
        }
        creating.set(false);
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
        guard.settle(() -> {
            creating.set(true);
            selected.set(null);
            form.load(null);
        });
    }

    /** Shows this organisation, as a click in the list does, once the form's edits are saved or discarded. */
    public void choose(OrganisationRow row, Runnable stay) {
        if (!creating.get() && java.util.Objects.equals(selected.get(), row)) {
            return;
        }
        guard.settle(() -> selected.set(row), stay);
    }

    private boolean saveBeforeMoving(Runnable saved, Runnable failed) {
        return form.save(organisation -> {
            creating.set(false);
            notifier.notify(Messages.get("organisations.saved", organisation.name()));
            saved.run();
            refresh(selected.get() == null ? organisation.id() : selected.get().id());
            onChanged.run();
        }, failed);
    }

    /** The form's unsaved edits, which the window asks about before moving on. */
    public EditGuard guard() {
        return guard;
    }

    public void saved(Organisation organisation) {
        creating.set(false);
        notifier.notify(Messages.get("organisations.saved", organisation.name()));
        refresh(organisation.id());
        onChanged.run();
    }

    /**
     * Asks, then deletes the selected organisation, offering to undo. One that takes part in
     * events is not deleted: the coordinator is told to take it off those events first.
     */
    public void deleteSelected() {
        OrganisationRow row = selected.get();
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
        runner.run(Messages.get("organisations.deleting"), progress -> directory.deleteOrganisation(row.id()), gone -> {
            if (form.editing(row.id())) {
                form.revert();
            }
            refresh(-1);
            onChanged.run();
            notifier.offerUndo(Messages.get("organisations.deleted", gone.organisation().name()), () ->
                    runner.run(Messages.get("organisations.restoring"), progress -> directory.restoreOrganisation(gone),
                            back -> {
                                refresh(back.id());
                                onChanged.run();
                            }, failure -> dialogs.showError(Messages.get("organisations.restoreFailed"),
                                    failure.getMessage())));
        }, failure -> dialogs.showError(Messages.get("organisations.deleteFailed"), failure.getMessage()));
    }

    public ObservableList<OrganisationRow> rows() {
        return shown;
    }

    public ObjectProperty<OrganisationRow> selectedProperty() {
        return selected;
    }

    /** What the empty table says: loading, nothing matching the search, or none yet. */
    public javafx.beans.binding.StringBinding placeholderProperty() {
        return placeholder;
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
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
