package org.podium.ui.panel;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Bounds;
import org.podium.domain.Agenda;
import org.podium.domain.AgendaItem;
import org.podium.domain.Person;
import org.podium.service.documents.CueSheetService;
import org.podium.service.common.Formats;
import org.podium.service.events.PanelService;
import org.podium.ui.common.BundleWording;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;

/**
 * The run-of-show of the event on show: items with start times computed from the event's
 * start in its zone, a live total against the slot that warns of an overrun or of time left
 * unplanned, the form to add or edit an item, removing with undo, and reordering.
 */
public final class AgendaViewModel {
    /** A seated person offered as a speaker of the item in the form, ticked or not. */
    public record SpeakerChoice(Person person, BooleanProperty chosen) {
    }

    private final PanelService panel;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final PanelAgendaViewModel host;

    private Agenda.Plan plan;
    private Map<Long, Person> people = Map.of();
    private boolean loading;

    private final ObservableList<AgendaRow> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Agenda.Fit> fit = new ReadOnlyObjectWrapper<>(Agenda.Fit.EMPTY);
    private final ReadOnlyStringWrapper zoneNote = new ReadOnlyStringWrapper("");

    private final ObjectProperty<AgendaRow> selected = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty minutes = new SimpleStringProperty("10");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<SpeakerChoice> speakerChoices = FXCollections.observableArrayList();
    private final BooleanProperty touched = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper minutesError = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;

    AgendaViewModel(PanelService panel, TaskRunner runner, DialogService dialogs, Notifier notifier,
                    PanelAgendaViewModel host) {
        this.panel = panel;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.host = host;
        valid = Bindings.createBooleanBinding(() -> !title.get().isBlank() && Bounds.minutes(minutes.get()).isPresent(),
                title, minutes);
        for (Observable o : new Observable[] {title, minutes, notes}) {
            o.addListener(x -> {
                if (!loading) {
                    touched.set(true);
                    revalidate();
                }
            });
        }
        selected.addListener((obs, old, row) -> fillForm(row));
    }

    /** Shows the agenda as just loaded; the seated people are the speakers the form offers. */
    void show(Agenda.Plan loaded, List<Person> seated, Map<Long, Person> everyone) {
        plan = loaded;
        people = everyone;
        List<AgendaRow> rows = new ArrayList<>();
        for (Agenda.Timed t : loaded.items()) {
            rows.add(row(t));
        }
        long keep = selected.get() == null ? -1 : selected.get().id();
        items.setAll(rows);
        total.set(CueSheetService.total(loaded, new BundleWording()));
        fit.set(loaded.fit());
        zoneNote.set(Messages.get("agenda.zone", loaded.event().zone().getId(),
                DateTimeFormatter.ofPattern("zzz", Messages.locale()).format(loaded.event().startInZone())));
        List<Long> ticked = speakerChoices.stream().filter(c -> c.chosen().get()).map(c -> c.person().id()).toList();
        speakerChoices.setAll(seated.stream().map(p -> new SpeakerChoice(p,
                new SimpleBooleanProperty(ticked.contains(p.id())))).toList());
        AgendaRow again = rows.stream().filter(r -> r.id() == keep).findFirst().orElse(null);
        if (again == null) {
            selected.set(null);
        } else if (!again.equals(selected.get())) {
            selected.set(again);
        }
    }

    private AgendaRow row(Agenda.Timed t) {
        String speakers = String.join(", ", t.item().speakerIds().stream().map(people::get).filter(Objects::nonNull)
                .map(Person::fullName).toList());
        return new AgendaRow(t.item(), Formats.agendaTime(t.start(), plan.event().startInZone(), Messages.locale()),
                Formats.agendaTime(t.end(), plan.event().startInZone(), Messages.locale()),
                Messages.get("cuesheet.minutes", t.item().minutes()), speakers);
    }

    private void fillForm(AgendaRow row) {
        loading = true;
        try {
            title.set(row == null ? "" : row.item().title());
            minutes.set(row == null ? "10" : String.valueOf(row.item().minutes()));
            notes.set(row == null ? "" : row.item().notes());
            List<Long> speakers = row == null ? List.of() : row.item().speakerIds();
            speakerChoices.forEach(c -> c.chosen().set(speakers.contains(c.person().id())));
        } finally {
            loading = false;
        }
        touched.set(false);
        revalidate();
    }

    private void revalidate() {
        titleError.set(touched.get() && title.get().isBlank() ? Messages.get("agenda.error.title") : "");
        minutesError.set(touched.get() && Bounds.minutes(minutes.get()).isEmpty() ? Messages.get("agenda.error.minutes") : "");
    }

    /** Adds the item in the form at the end of the agenda, or saves the selected one. */
    public void save() {
        if (!valid.get() || host.eventId() == 0) {
            touched.set(true);
            revalidate();
            return;
        }
        long eventId = host.eventId();
        String itemTitle = title.get();
        int length = Bounds.minutes(minutes.get()).orElseThrow();
        List<Long> speakers = speakerChoices.stream().filter(c -> c.chosen().get()).map(c -> c.person().id()).toList();
        AgendaRow editing = selected.get();
        runner.run(Messages.get("agenda.saving"), progress -> editing == null
                ? panel.addItem(eventId, itemTitle, length, speakers, notes.get())
                : panel.updateItem(new AgendaItem(editing.id(), eventId, editing.item().position(), itemTitle, length,
                        speakers, notes.get())), saved -> {
                    if (editing == null) {
                        fillForm(null);
                        notifier.notify(Messages.get("agenda.added", saved.title()));
                    } else {
                        notifier.notify(Messages.get("agenda.saved", saved.title()));
                    }
                    host.reload(false);
                }, failure -> dialogs.showError(Messages.get("agenda.saveFailed"), Messages.reason(failure)));
    }

    /** Leaves the selected item and empties the form for a new one. */
    public void newItem() {
        selected.set(null);
        fillForm(null);
    }

    /** Removes the selected item, offering to undo. */
    public void removeSelected() {
        AgendaRow row = selected.get();
        if (row == null) {
            return;
        }
        long eventId = host.eventId();
        runner.run(Messages.get("agenda.removing"), progress -> panel.removeItem(row.id()), removed -> {
            selected.set(null);
            host.reload(false);
            notifier.offerUndoAbout(eventId, Messages.get("agenda.removed", removed.title()), () ->
                    runner.run(Messages.get("agenda.restoring"), progress -> panel.restoreItem(removed),
                            back -> host.reload(false),
                            failure -> dialogs.showError(Messages.get("agenda.restoreFailed"), Messages.reason(failure))));
        }, failure -> dialogs.showError(Messages.get("agenda.removeFailed"), Messages.reason(failure)));
    }

    /**
     * Moves the item at {@code from} to {@code to} (its index after the move), as a drag and
     * drop does: the times are recomputed at once, then the new order is saved.
     */
    public void move(int from, int to) {
        if (plan == null || from < 0 || from >= items.size() || to < 0 || to >= items.size() || from == to) {
            return;
        }
        List<AgendaItem> order = new ArrayList<>(items.stream().map(AgendaRow::item).toList());
        order.add(to, order.remove(from));
        plan = Agenda.plan(plan.event(), order);
        items.setAll(plan.items().stream().map(this::row).toList());
        long eventId = host.eventId();
        List<Long> ids = order.stream().map(AgendaItem::id).toList();
        runner.run(Messages.get("agenda.saving"), progress -> {
            panel.reorderAgenda(eventId, ids);
            return ids;
        }, saved -> host.reload(false), failure -> {
            dialogs.showError(Messages.get("agenda.saveFailed"), Messages.reason(failure));
            host.reload(false);
        });
    }

    public ObservableList<AgendaRow> items() { return items; }
    public ReadOnlyStringProperty totalProperty() { return total.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Agenda.Fit> fitProperty() { return fit.getReadOnlyProperty(); }
    public ReadOnlyStringProperty zoneNoteProperty() { return zoneNote.getReadOnlyProperty(); }
    public ObjectProperty<AgendaRow> selectedProperty() { return selected; }
    public StringProperty titleProperty() { return title; }
    public StringProperty minutesProperty() { return minutes; }
    public StringProperty notesProperty() { return notes; }
    public ObservableList<SpeakerChoice> speakerChoices() { return speakerChoices; }
    public ReadOnlyStringProperty titleErrorProperty() { return titleError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty minutesErrorProperty() { return minutesError.getReadOnlyProperty(); }
    public BooleanBinding validProperty() { return valid; }
}
