package org.podium.ui.people;

import java.util.Locale;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.podium.service.DirectoryService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.TaskRunner;

/** The people directory as a searchable list. */
public final class PeopleViewModel {
    /** One row of the people table. */
    public record PersonRow(long id, String name, String position, String organisation, String email, String country) {
    }

    private final DirectoryService directory;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ObservableList<PersonRow> all = FXCollections.observableArrayList();
    private final FilteredList<PersonRow> shown = new FilteredList<>(all);

    public PeopleViewModel(DirectoryService directory, TaskRunner runner, DialogService dialogs,
                           ObservableValue<String> search) {
        this.directory = directory;
        this.runner = runner;
        this.dialogs = dialogs;
        search.addListener((obs, old, text) -> shown.setPredicate(row -> matches(row, text)));
    }

    static boolean matches(PersonRow row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return (row.name() + " " + row.position() + " " + row.organisation() + " " + row.email())
                .toLowerCase(Locale.ROOT).contains(needle);
    }

    public void refresh() {
        runner.run(Messages.get("people.loading"), progress -> directory.people(), lines ->
                all.setAll(lines.stream().map(l -> new PersonRow(l.person().id(), l.person().fullName(),
                        l.person().position(), l.organisation().map(o -> o.name()).orElse(""),
                        l.person().email(), l.person().country())).toList()),
                failure -> dialogs.showError(Messages.get("people.loadFailed"), failure.getMessage()));
    }

    public ObservableList<PersonRow> rows() {
        return shown;
    }
}
