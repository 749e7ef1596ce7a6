package org.podium.ui.panel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Person;
import org.podium.domain.PanelSeat;
import org.podium.domain.Stamp;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.service.documents.CalendarService;
import org.podium.service.directory.DirectoryService;
import org.podium.service.events.EventDetails;
import org.podium.service.events.PanelService;
import org.podium.service.common.EditConflictException;
import org.podium.ui.common.Attempt;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.Texts;
import org.podium.ui.forms.EditConflict;

/**
 * The panel of the event on show: its seats in order with their role, answer, tech check and
 * consent, seating someone (never twice), removing with undo, reordering, and each speaker's
 * invitation file.
 */
public final class PanelViewModel {
    private final PanelService panel;
    private final DirectoryService directory;
    private final CalendarService calendar;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final PanelAgendaViewModel host;

    private final ObservableList<SeatRow> seats = FXCollections.observableArrayList();
    private final ObservableList<DirectoryService.PersonLine> personChoices = FXCollections.observableArrayList();
    private final ObjectProperty<DirectoryService.PersonLine> personToSeat = new SimpleObjectProperty<>();
    private final ObjectProperty<SeatRole> roleToSeat = new SimpleObjectProperty<>(SeatRole.PANELLIST);
    private final ObjectProperty<SeatState> stateToSeat = new SimpleObjectProperty<>(SeatState.INVITED);
    private final ReadOnlyStringWrapper personError = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSeat;

    PanelViewModel(PanelService panel, DirectoryService directory, CalendarService calendar, TaskRunner runner,
                   DialogService dialogs, Notifier notifier, PanelAgendaViewModel host) {
        this.panel = panel;
        this.directory = directory;
        this.calendar = calendar;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.host = host;
        personToSeat.addListener((obs, old, now) -> revalidate());
        seats.addListener((javafx.collections.ListChangeListener<SeatRow>) c -> revalidate());
        canSeat = Bindings.createBooleanBinding(() -> personToSeat.get() != null && personError.get().isEmpty()
                && roleToSeat.get() != null && stateToSeat.get() != null, personToSeat, personError, roleToSeat,
                stateToSeat);
    }

    /** Shows the seats and the people who could be seated, as just loaded. */
    void show(List<EventDetails.SeatLine> lines, List<DirectoryService.PersonLine> people) {
        List<SeatRow> rows = new ArrayList<>();
        for (EventDetails.SeatLine s : lines) {
            String about = String.join(", ", Stream.of(s.person().position(),
                    s.organisation().map(o -> o.displayName()).orElse("")).filter(t -> !t.isEmpty()).toList());
            rows.add(new SeatRow(s.seat(), rows.size() + 1, s.person().fullName(), about, s.person().email()));
        }
        seats.setAll(rows);
        DirectoryService.PersonLine chosen = personToSeat.get();
        personChoices.setAll(people);
        personToSeat.set(chosen == null ? null : people.stream()
                .filter(p -> p.person().id() == chosen.person().id()).findFirst().orElse(null));
    }

    private void revalidate() {
        DirectoryService.PersonLine chosen = personToSeat.get();
        Optional<SeatRow> already = chosen == null ? Optional.empty()
                : seats.stream().filter(s -> s.personId() == chosen.person().id()).findFirst();
        personError.set(already.map(s -> Messages.get("panel.error.seated", s.name(), Texts.of(s.role()))).orElse(""));
    }

    /**
     * "Add ‘Name’ as a new person…": adds someone the directory does not have yet (with their
     * organisation, added too when the directory does not know it) and seats them at the end
     * of the panel with the role and state chosen, then tells {@code attempt} it was taken. A
     * blank name does nothing; a malformed address is refused before anything is stored, and a
     * refusal of the book (an address the directory already has) after: both are told to
     * {@code attempt}, whose form keeps what was typed.
     */
    public void seatNewPerson(String name, String email, String position, String organisation,
                              Attempt attempt) {
        String full = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (full.isEmpty() || host.eventId() == 0 || roleToSeat.get() == null || stateToSeat.get() == null) {
            attempt.taken();
            return;
        }
        String address = email == null ? "" : email.strip();
        if (!address.isEmpty() && !org.podium.domain.Emails.isValid(address)) {
            attempt.refused(Messages.get("person.error.email"));
            return;
        }
        int space = full.lastIndexOf(' ');
        Person draft = new Person(0, "", space < 0 ? full : full.substring(0, space),
                space < 0 ? "" : full.substring(space + 1), address, "", position == null ? "" : position.strip(),
                null, "", "", "", "");
        String org = organisation == null ? "" : organisation.strip();
        long eventId = host.eventId();
        SeatRole role = roleToSeat.get();
        SeatState state = stateToSeat.get();
        runner.run(Messages.get("panel.seating", full), progress -> {
            Person added = org.isEmpty() ? directory.addPerson(draft) : directory.addPerson(draft, org).person();
            panel.seat(eventId, added.id(), role, state);
            return added;
        }, added -> {
            personToSeat.set(null);
            notifier.notify(Messages.get("panel.seated", added.fullName(), Texts.of(role)));
            host.reload(true);
            attempt.taken();
        }, failure -> attempt.refused(Messages.reason(failure)));
    }

    /** Seats the chosen person at the end of the panel. */
    public void seat() {
        if (!canSeat.get() || host.eventId() == 0) {
            return;
        }
        long eventId = host.eventId();
        Person person = personToSeat.get().person();
        SeatRole role = roleToSeat.get();
        SeatState state = stateToSeat.get();
        runner.run(Messages.get("panel.seating", person.fullName()), progress -> panel.seat(eventId, person.id(), role,
                state), seated -> {
                    personToSeat.set(null);
                    notifier.notify(Messages.get("panel.seated", person.fullName(), Texts.of(role)));
                    host.reload(true);
                }, failure -> dialogs.showError(Messages.get("panel.seatFailed"), Messages.reason(failure)));
    }

    public void changeRole(SeatRow row, SeatRole role) {
        update(row, s -> new PanelSeat(s.id(), s.eventId(), s.personId(), role, s.state(), s.order(), s.techCheckDone(),
                s.consentToRecording()), SeatField.ROLE, false);
    }

    /** Records the speaker's answer; what needs chasing may change with it. */
    public void changeState(SeatRow row, SeatState state) {
        update(row, s -> new PanelSeat(s.id(), s.eventId(), s.personId(), s.role(), state, s.order(), s.techCheckDone(),
                s.consentToRecording()), SeatField.ANSWER, true);
    }

    public void setTechCheckDone(SeatRow row, boolean done) {
        update(row, s -> new PanelSeat(s.id(), s.eventId(), s.personId(), s.role(), s.state(), s.order(), done,
                s.consentToRecording()), SeatField.TECH_CHECK, false);
    }

    public void setConsentToRecording(SeatRow row, boolean consent) {
        update(row, s -> new PanelSeat(s.id(), s.eventId(), s.personId(), s.role(), s.state(), s.order(),
                s.techCheckDone(), consent), SeatField.CONSENT, false);
    }

    /**
     * The one field of a seat a change touches, as a conflict names it ("Answer", "Risposta")
     * and shows its value, so the dialog quotes a value under its field's name in either language.
     */
    enum SeatField {
        ANSWER("panel.conflict.field.answer", s -> Texts.of(s.state())),
        ROLE("panel.conflict.field.role", s -> Texts.of(s.role())),
        TECH_CHECK("panel.conflict.field.techCheck", s -> yesOrNo(s.techCheckDone())),
        CONSENT("panel.conflict.field.consent", s -> yesOrNo(s.consentToRecording()));

        private final String labelKey;
        private final Function<PanelSeat, String> shown;

        SeatField(String labelKey, Function<PanelSeat, String> shown) {
            this.labelKey = labelKey;
            this.shown = shown;
        }

        /** What the conflict dialog says of this field: who saved which value, and which this user chose. */
        String conflict(Stamp saved, String name, PanelSeat theirs, PanelSeat mine) {
            return Messages.get("panel.conflict.message", EditConflict.who(saved), EditConflict.when(saved), name,
                    Messages.get(labelKey), shown.apply(theirs), shown.apply(mine));
        }
    }

    private static String yesOrNo(boolean value) {
        return Messages.get(value ? "panel.yes" : "panel.no");
    }

    /**
     * Saves one change to the seat as the row showed it, on top of whatever someone else saved
     * since; if they changed the same thing, asks whether to keep this change or take theirs.
     */
    private void update(SeatRow row, UnaryOperator<PanelSeat> change, SeatField field, boolean chasingMayChange) {
        save(row.name(), row.seat(), change, field, chasingMayChange);
    }

    private void save(String name, PanelSeat seen, UnaryOperator<PanelSeat> change, SeatField field,
                      boolean chasingMayChange) {
        runner.run(Messages.get("panel.saving"), progress -> panel.changeSeat(seen, change),
                saved -> host.reload(chasingMayChange),
                failure -> {
                    if (failure instanceof EditConflictException conflict) {
                        PanelSeat theirs = conflict.theirs(PanelSeat.class).value();
                        boolean keepMine = dialogs.confirm(Messages.get("panel.conflict.title"),
                                field.conflict(conflict.stamp(), name, theirs, change.apply(seen)),
                                Messages.get("conflict.keepMine"), Messages.get("conflict.takeTheirs"));
                        if (keepMine) {
                            save(name, theirs, change, field, chasingMayChange);
                        } else {
                            host.reload(chasingMayChange);
                        }
                        return;
                    }
                    dialogs.showError(Messages.get("panel.saveFailed"), Messages.reason(failure));
                    host.reload(false);
                });
    }

    /** Takes the person off the panel, offering to undo. */
    public void remove(SeatRow row) {
        long eventId = host.eventId();
        runner.run(Messages.get("panel.removing", row.name()), progress -> panel.unseat(row.id()), removed -> {
            host.reload(true);
            notifier.offerUndoAbout(eventId, Messages.get("panel.removed", row.name()), () ->
                    runner.run(Messages.get("panel.restoring"), progress -> panel.reseat(removed),
                            back -> host.reload(true),
                            failure -> dialogs.showError(Messages.get("panel.restoreFailed"), Messages.reason(failure))));
        }, failure -> dialogs.showError(Messages.get("panel.removeFailed"), Messages.reason(failure)));
    }

    /**
     * Moves the seat at {@code from} to {@code to} (an index in the list after the move), as a
     * drag and drop does, renumbers the seats at once and saves the new order.
     */
    public void move(int from, int to) {
        if (from < 0 || from >= seats.size() || to < 0 || to >= seats.size() || from == to) {
            return;
        }
        List<SeatRow> order = new ArrayList<>(seats);
        order.add(to, order.remove(from));
        List<SeatRow> renumbered = new ArrayList<>();
        for (SeatRow r : order) {
            renumbered.add(new SeatRow(r.seat(), renumbered.size() + 1, r.name(), r.about(), r.email()));
        }
        seats.setAll(renumbered);
        long eventId = host.eventId();
        List<Long> ids = order.stream().map(SeatRow::id).toList();
        runner.run(Messages.get("panel.saving"), progress -> {
            panel.reorderSeats(eventId, ids);
            return ids;
        }, saved -> host.reload(false), failure -> {
            dialogs.showError(Messages.get("panel.saveFailed"), Messages.reason(failure));
            host.reload(false);
        });
    }

    /** Saves the speaker's invitation (.ics) where the coordinator chooses. */
    public void saveInvitation(SeatRow row) {
        long eventId = host.eventId();
        Optional<Path> target = dialogs.chooseSaveFile(Messages.get("panel.invite.title", row.name()),
                PanelAgendaViewModel.fileName(row.name() + " - " + host.eventTitle()) + ".ics",
                Messages.get("events.ics.kind"), "ics");
        target.ifPresent(file -> runner.run(Messages.get("panel.invite.saving"),
                progress -> calendar.saveSpeakerIcs(eventId, row.personId(), file), saved -> {
                    notifier.notify(Messages.get("panel.invite.saved", saved.file()));
                    if (!saved.addressed()) {
                        dialogs.showInformation(Messages.get("panel.invite.noEmail.title"),
                                Messages.get("panel.invite.noEmail", row.name()));
                    }
                }, failure -> dialogs.showError(Messages.get("panel.invite.failed"), Messages.reason(failure))));
    }

    public ObservableList<SeatRow> seats() { return seats; }
    public ObservableList<DirectoryService.PersonLine> personChoices() { return personChoices; }
    public ObjectProperty<DirectoryService.PersonLine> personToSeatProperty() { return personToSeat; }
    public ObjectProperty<SeatRole> roleToSeatProperty() { return roleToSeat; }
    public ObjectProperty<SeatState> stateToSeatProperty() { return stateToSeat; }
    public ReadOnlyStringProperty personErrorProperty() { return personError.getReadOnlyProperty(); }
    public BooleanBinding canSeatProperty() { return canSeat; }
}
