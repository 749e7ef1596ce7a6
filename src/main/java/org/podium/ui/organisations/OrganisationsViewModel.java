package org.podium.ui.organisations;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Event;
import org.podium.domain.Organisation;
import org.podium.domain.Versioned;
import org.podium.service.directory.DirectoryService;
import org.podium.service.directory.OrganisationProfile;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.Texts;
import org.podium.ui.forms.DirectoryScreen;

/**
 * The Organisations screen: the organisations as a searchable list, the selected one in a
 * form with its people and events, adding, and deleting with undo.
 */
public final class OrganisationsViewModel
        extends DirectoryScreen<OrganisationsViewModel.OrganisationRow, Organisation, OrganisationFormViewModel> {
    private record Loaded(OrganisationProfile profile, Versioned<Organisation> stored) {
    }

    /** One row of the organisations table. */
    public record OrganisationRow(long id, String name, String shortName, String kind, String city, String country) {
    }

    private final DirectoryService directory;
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<String> events = FXCollections.observableArrayList();
    private Optional<OrganisationProfile> profile = Optional.empty();

    /** @param onChanged runs after an organisation is saved, deleted or restored, for screens showing them */
    public OrganisationsViewModel(DirectoryService directory, TaskRunner runner, DialogService dialogs,
                                  Notifier notifier, ObservableValue<String> search, Runnable onChanged) {
        super("organisations", new OrganisationFormViewModel(directory, runner, dialogs), runner, dialogs, notifier,
                onChanged, search, OrganisationsViewModel::matches, OrganisationRow::id, Organisation::id, Organisation::name);
        this.directory = directory;
    }

    static boolean matches(OrganisationRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return (row.name() + " " + row.shortName() + " " + row.city() + " " + row.country())
                .toLowerCase(Locale.ROOT).contains(needle);
    }

    @Override
    protected void refresh(long keep) {
        load(Messages.get("organisations.loading"), progress -> directory.organisations(), organisations -> {
            form.directory(organisations);
            list.read(organisations.stream().map(OrganisationsViewModel::row).toList(), keep);
        });
    }

    private static OrganisationRow row(Organisation o) {
        return new OrganisationRow(o.id(), o.name(), o.shortName(), Texts.of(o.kind()), o.city(), o.country());
    }

    @Override
    protected void show(OrganisationRow row, boolean keepingEdits) {
        if (row == null) {
            profile = Optional.empty();
            people.clear();
            events.clear();
            return;
        }
        load(Messages.get("organisations.loadingOne", row.name()), progress -> new Loaded(directory.organisationProfile(row.id()),
                        directory.getOrganisationVersioned(row.id())), found -> {
                    OrganisationProfile loaded = found.profile();
                    profile = Optional.of(loaded);
                    if (mayLoad(loaded.organisation().id(), keepingEdits)) {
                        form.load(found.stored().value(), found.stored().stamp());
                    }
                    people.setAll(loaded.people().stream().map(p -> p.position().isEmpty() ? p.fullName()
                            : Messages.get("organisations.member", p.fullName(), p.position())).toList());
                    events.setAll(lines(loaded));
                });
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
        create();
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
        undoableDelete().run(progress -> directory.deleteOrganisation(row.id()), gone -> deleted(row.id()),
                gone -> gone.organisation().name(), gone -> progress -> directory.restoreOrganisation(gone),
                back -> restored(back.id()));
    }

    /** The selected organisation's people, "Name, position". */
    public ObservableList<String> people() {
        return people;
    }

    /** The selected organisation's events, latest first: its own parts, then its people's seats. */
    public ObservableList<String> events() {
        return events;
    }
}
