package org.podium.ui.organisations;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.podium.domain.Organisation;
import org.podium.service.DirectoryService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.Texts;

/** The organisations as a searchable list. */
public final class OrganisationsViewModel {
    /** One row of the organisations table. */
    public record OrganisationRow(long id, String name, String shortName, String kind, String city, String country) {
    }

    private final DirectoryService directory;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ObservableList<OrganisationRow> all = FXCollections.observableArrayList();
    private final FilteredList<OrganisationRow> shown = new FilteredList<>(all);

    public OrganisationsViewModel(DirectoryService directory, TaskRunner runner, DialogService dialogs,
                                  ObservableValue<String> search) {
        this.directory = directory;
        this.runner = runner;
        this.dialogs = dialogs;
        search.addListener((obs, old, text) -> shown.setPredicate(row -> matches(row, text)));
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
        runner.run(Messages.get("organisations.loading"), progress -> directory.organisations(), list ->
                all.setAll(list.stream().map(OrganisationsViewModel::row).toList()),
                failure -> dialogs.showError(Messages.get("organisations.loadFailed"), failure.getMessage()));
    }

    private static OrganisationRow row(Organisation o) {
        return new OrganisationRow(o.id(), o.name(), o.shortName(), Texts.of(o.kind()), o.city(), o.country());
    }

    public ObservableList<OrganisationRow> rows() {
        return shown;
    }
}
