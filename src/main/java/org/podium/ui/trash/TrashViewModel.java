package org.podium.ui.trash;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.service.common.Formats;
import org.podium.service.events.TrashService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.DialogTasks;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;

/** The Trash dialog: deleted events and people, restored one by one or deleted for good together. */
public final class TrashViewModel {
    /** One item of the trash. */
    public record Row(TrashService.Kind kind, long id, String kindText, String name, String when) {
    }

    private final TrashService trash;
    private final DialogService dialogs;
    private final DialogTasks tasks;
    private final boolean readOnly;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();

    /** @param changed run after a restore or an emptying, so the window's lists reload */
    public TrashViewModel(TrashService trash, TaskRunner runner, DialogService dialogs, Notifier notifier,
                          Runnable changed, boolean readOnly, ZoneId zone) {
        this.trash = trash;
        this.dialogs = dialogs;
        this.tasks = new DialogTasks("trash.failed", runner, dialogs, notifier, changed);
        this.readOnly = readOnly;
        this.zone = zone;
    }

    public void refresh() {
        DateTimeFormatter when = Formats.dateTime(Messages.locale()).withZone(zone);
        tasks.run(Messages.get("trash.loading"), progress -> trash.list(), items -> rows.setAll(items.stream()
                .map(i -> new Row(i.kind(), i.id(), Messages.get("trash.kind." + i.kind().name()), i.name(),
                        when.format(i.trashedAt()))).toList()));
    }

    /** Brings the selected item back as it was. */
    public void restoreSelected() {
        Row row = selected.get();
        if (row == null || readOnly) {
            return;
        }
        tasks.change(Messages.get("trash.restoring"), progress -> trash.restore(row.kind(), row.id()),
                name -> Messages.get("trash.restored", name), done -> refresh());
    }

    /** Asks, then deletes everything in the trash for good. */
    public void empty() {
        if (rows.isEmpty() || readOnly) {
            return;
        }
        long events = rows.stream().filter(r -> r.kind() == TrashService.Kind.EVENT).count();
        if (!dialogs.confirm(Messages.get("trash.empty.title"), Messages.get("trash.empty.message", events,
                rows.size() - events), Messages.get("trash.empty.yes"), Messages.get("common.cancel"))) {
            return;
        }
        tasks.change(Messages.get("trash.emptying"), progress -> trash.empty(),
                emptied -> Messages.get("trash.emptied", emptied.events(), emptied.people()), done -> refresh());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    public boolean readOnly() {
        return readOnly;
    }
}
