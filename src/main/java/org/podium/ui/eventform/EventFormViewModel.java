package org.podium.ui.eventform;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.podium.domain.Bounds;
import org.podium.domain.Event;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;
import org.podium.domain.Links;
import org.podium.domain.Organisation;
import org.podium.domain.Organiser;
import org.podium.domain.OrganisationKind;
import org.podium.domain.OrganiserRole;
import org.podium.domain.Series;
import org.podium.domain.Stamp;
import org.podium.domain.Versioned;
import org.podium.service.directory.DirectoryService;
import org.podium.service.events.EventService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.NewOrganisation;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.forms.EditLock;
import org.podium.ui.forms.FormState;

/**
 * The scheduling form: every field of an event, validated as the coordinator types, with the
 * start shown in the audience's other zones and clashes with other events as warnings.
 */
public final class EventFormViewModel {
    private final EventService events;
    private final DirectoryService directory;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;

    private Event original;
    private boolean syncing;
    private boolean endIsTruth;

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty subtitle = new SimpleStringProperty("");
    private final StringProperty secondTitle = new SimpleStringProperty("");
    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>(EventKind.WEBINAR);
    private final StringProperty seriesName = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty startTime = new SimpleStringProperty("10:00");
    private final StringProperty duration = new SimpleStringProperty("60");
    private final StringProperty endTime = new SimpleStringProperty("11:00");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>();
    private final StringProperty platform = new SimpleStringProperty("");
    private final StringProperty registrationUrl = new SimpleStringProperty("");
    private final StringProperty accessUrl = new SimpleStringProperty("");
    private final StringProperty recordingUrl = new SimpleStringProperty("");
    private final StringProperty reportUrl = new SimpleStringProperty("");
    private final StringProperty capacity = new SimpleStringProperty("");
    private final BooleanProperty isPublic = new SimpleBooleanProperty(true);
    private final BooleanProperty recorded = new SimpleBooleanProperty(false);
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<EventStatus> status = new SimpleObjectProperty<>(EventStatus.SCHEDULED);
    private final ObservableList<OrganiserChoice> organisers = FXCollections.observableArrayList();
    private final ObservableSet<Integer> sdgs = FXCollections.observableSet();

    private final ObservableList<String> seriesChoices = FXCollections.observableArrayList();
    private final ObservableList<Organisation> organisationChoices = FXCollections.observableArrayList();
    private PickLists lists = new PickLists(List.of(), List.of());

    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dateError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper startError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper durationError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper endError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper zoneError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper registrationUrlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper accessUrlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper recordingUrlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reportUrlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper capacityError = new ReadOnlyStringWrapper("");
    private final StartPreview preview;
    private final FormState state = new FormState(this::revalidate);
    /** The zone a new event starts in: the last saved event's; the window keeps it in the preferences. */
    private final ObjectProperty<ZoneId> lastZone = new SimpleObjectProperty<>();
    private final BooleanBinding valid;
    private final BooleanProperty readOnly = new SimpleBooleanProperty(false);
    private final EditLock<Event> lock;

    public EventFormViewModel(EventService events, DirectoryService directory, TaskRunner runner,
                              DialogService dialogs, Clock clock, List<ZoneId> audienceZones) {
        this.events = events;
        this.directory = directory;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.preview = new StartPreview(events, runner, clock, audienceZones);
        this.lock = new EditLock<>(Event.class, EventConflictFields.of(this, this::seriesNameOf, this::organiserChoices));
        valid = Bindings.createBooleanBinding(this::allValid, titleError, dateError, startError, durationError,
                endError, zoneError, registrationUrlError, accessUrlError, recordingUrlError, reportUrlError,
                capacityError);

        duration.addListener((obs, old, now) -> coupleFromDuration());
        endTime.addListener((obs, old, now) -> coupleFromEnd());
        startTime.addListener((obs, old, now) -> coupleFromDuration());
        Observable[] everything = {title, subtitle, secondTitle, kind, seriesName, date, startTime, duration, endTime,
            zone, platform, registrationUrl, accessUrl, recordingUrl, reportUrl, capacity, isPublic, recorded,
            description, status, organisers, sdgs};
        state.watch(everything);
    }

    private boolean allValid() {
        return java.util.stream.Stream.of(titleError, dateError, startError, durationError, endError, zoneError,
                registrationUrlError, accessUrlError, recordingUrlError, reportUrlError, capacityError)
                .allMatch(e -> e.get().isEmpty());
    }

    /**
     * What the form's pickers offer: the book's organisations and series. Read off the window's
     * thread ({@link #pickLists()}) with the event, and handed to {@link #load(Event, Stamp, PickLists)}.
     */
    public record PickLists(List<Organisation> organisations, List<Series> series) {
        public PickLists {
            organisations = List.copyOf(organisations);
            series = List.copyOf(series);
        }
    }

    /** Reads the pickers' lists from the book; for a background task, never the window's thread. */
    public PickLists pickLists() {
        return new PickLists(directory.organisations(), events.series());
    }

    /** Prepares an empty form for a new event with these pick lists, as {@link #loadNew()} does. */
    public void loadNew(PickLists lists) {
        this.lists = lists;
        loadNew();
    }

    /**
     * Prepares an empty form for a new event: next week at 10:00 in the zone of the event last
     * saved, or the user's zone before any was.
     */
    private void loadNew() {
        ZoneId home = lastZone.get() != null ? lastZone.get() : homeZone(clock.getZone());
        Event blank = Event.builder(Messages.get("form.newTitle"), LocalDate.now(clock).plusWeeks(1).atTime(10, 0),
                home, 60).build();
        load(blank, null);
        title.set("");
        state.clean(false);
    }

    /** The user's zone as the zone list names it: a plain offset such as Z or Etc/UTC is UTC. */
    static ZoneId homeZone(ZoneId zone) {
        String id = zone.normalized().getId();
        return "Z".equals(id) || id.startsWith("Etc/") || "UTC".equals(id) || "GMT".equals(id)
                ? ZoneId.of("UTC") : zone;
    }

    /**
     * Fills the form from a stored event (or a blank one) with the pick lists read with it; with
     * the {@code stamp} it was read at, saves are made against that version.
     */
    public void load(Event event, Stamp stamp, PickLists lists) {
        this.lists = lists;
        load(event, stamp);
    }

    /** Fills the form again from an event, with the pick lists it last had. */
    private void load(Event event, Stamp stamp) {
        state.fill(() -> {
            original = event;
            title.set(event.title());
            subtitle.set(event.subtitle());
            secondTitle.set(event.secondTitle());
            kind.set(event.kind());
            seriesName.set(seriesNameOf(event));
            date.set(event.start().toLocalDate());
            startTime.set(TimeText.format(event.start().toLocalTime()));
            endIsTruth = false;
            duration.set(String.valueOf(event.minutes()));
            zone.set(event.zone());
            platform.set(event.platform());
            registrationUrl.set(event.registrationUrl());
            accessUrl.set(event.accessUrl());
            recordingUrl.set(event.recordingUrl());
            reportUrl.set(event.reportUrl());
            capacity.set(event.capacity() == null ? "" : String.valueOf(event.capacity()));
            isPublic.set(event.isPublic());
            recorded.set(event.recorded());
            description.set(event.description());
            status.set(event.status());
            organisationChoices.setAll(lists.organisations());
            organisers.setAll(organiserChoices(event));
            sdgs.clear();
            sdgs.addAll(event.sdgs());
            seriesChoices.setAll(lists.series().stream().map(Series::name).toList());
        }, event.id() != 0);
        lock.opened(stamp == null || event.id() == 0 ? null : new Versioned<>(event, stamp));
    }

    private String seriesNameOf(Event event) {
        return event.seriesId() == null ? "" : lists.series().stream()
                .filter(s -> s.id() == event.seriesId()).map(Series::name).findFirst().orElse("");
    }

    private List<OrganiserChoice> organiserChoices(Event event) {
        return event.organisers().stream()
                .flatMap(o -> organisationChoices.stream().filter(org -> org.id() == o.organisationId())
                        .map(org -> new OrganiserChoice(org, o.role())))
                .toList();
    }

    /** The form still holds edits of the stored event {@code id}, which a reload must not overwrite. */
    public boolean editing(long id) {
        return state.isDirty() && original != null && original.id() == id;
    }

    public boolean isNew() {
        return original == null || original.id() == 0;
    }

    private void coupleFromDuration() {
        if (syncing || state.filling() && endIsTruth) {
            return;
        }
        // Invalidation listeners (validation) run before change listeners like this one, so
        // a change of which field is the user's choice needs its own revalidation.
        if (endIsTruth && !state.filling()) {
            endIsTruth = false;
            revalidate();
        }
        Optional<LocalTime> start = TimeText.parse(startTime.get());
        Optional<Integer> minutes = Bounds.minutes(duration.get());
        if (start.isPresent() && minutes.isPresent()) {
            sync(() -> endTime.set(TimeText.format(start.get().plusMinutes(minutes.get()))));
        }
    }

    private void coupleFromEnd() {
        if (syncing || state.filling()) {
            return;
        }
        if (!endIsTruth) {
            endIsTruth = true;
            revalidate();
        }
        Optional<LocalTime> start = TimeText.parse(startTime.get());
        Optional<LocalTime> end = TimeText.parse(endTime.get());
        if (start.isPresent() && end.isPresent() && end.get().isAfter(start.get())) {
            long minutes = Duration.between(start.get(), end.get()).toMinutes();
            sync(() -> duration.set(String.valueOf(minutes)));
        }
    }

    private void sync(Runnable change) {
        syncing = true;
        try {
            change.run();
        } finally {
            syncing = false;
        }
    }

    /** Checks every field and refreshes the zone preview and clash warnings. */
    private void revalidate() {
        titleError.set(title.get() == null || title.get().isBlank() ? Messages.get("form.error.title") : "");
        dateError.set(date.get() == null ? Messages.get("form.error.date")
                : Bounds.inRange(date.get()) ? "" : Messages.get("form.error.dateRange"));
        zoneError.set(zone.get() == null ? Messages.get("form.error.zone") : "");
        Optional<LocalTime> start = TimeText.parse(startTime.get());
        startError.set(start.isEmpty() ? Messages.get("form.error.time") : "");
        durationError.set(Bounds.minutes(duration.get()).isEmpty() ? Messages.get("form.error.duration") : "");
        Optional<LocalTime> end = TimeText.parse(endTime.get());
        String endProblem = "";
        if (endIsTruth) {
            if (end.isEmpty()) {
                endProblem = Messages.get("form.error.time");
            } else if (start.isPresent() && !end.get().isAfter(start.get())) {
                endProblem = Messages.get("form.error.endBeforeStart");
            }
        }
        endError.set(endProblem);
        registrationUrlError.set(linkError(registrationUrl.get()));
        accessUrlError.set(linkError(accessUrl.get()));
        recordingUrlError.set(linkError(recordingUrl.get()));
        reportUrlError.set(linkError(reportUrl.get()));
        capacityError.set(capacityProblem(capacity.get()));
        if (date.get() != null && Bounds.inRange(date.get()) && start.isPresent() && zone.get() != null) {
            String gap = preview.describe(LocalDateTime.of(date.get(), start.get()), zone.get(),
                    Bounds.minutes(duration.get()), status.get());
            if (!gap.isEmpty()) {
                startError.set(gap);
            }
        } else {
            preview.clear();
        }
        draft().ifPresent(preview::checkClashes);
    }

    private static String linkError(String text) {
        return text == null || text.isBlank() || Links.isWebAddress(Links.completed(text)) ? "" : Messages.get("form.error.link");
    }

    private static String capacityProblem(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        try {
            return Integer.parseInt(text.strip()) >= 0 ? "" : Messages.get("form.error.capacity");
        } catch (NumberFormatException e) {
            return Messages.get("form.error.capacity");
        }
    }

    /** The event the form describes, if every field is valid. */
    public Optional<Event> draft() {
        if (!allValid()) {
            return Optional.empty();
        }
        LocalDateTime start = LocalDateTime.of(date.get(), TimeText.parse(startTime.get()).orElseThrow());
        Event.Builder b = (original == null ? Event.builder(title.get(), start, zone.get(), 1) : original.toBuilder())
                .title(title.get()).subtitle(subtitle.get()).secondTitle(secondTitle.get()).kind(kind.get())
                .start(start).zone(zone.get()).minutes(Bounds.minutes(duration.get()).orElseThrow())
                .platform(platform.get()).registrationUrl(registrationUrl.get()).accessUrl(accessUrl.get())
                .recordingUrl(recordingUrl.get()).reportUrl(reportUrl.get())
                .capacity(capacity.get().isBlank() ? null : Integer.parseInt(capacity.get().strip()))
                .isPublic(isPublic.get()).recorded(recorded.get()).description(description.get())
                .status(status.get())
                .organisers(organisers.stream().map(o -> new Organiser(o.organisation().id(), o.role())).toList())
                .sdgs(java.util.Set.copyOf(sdgs));
        return Optional.of(b.build());
    }

    /** Saves the event (new or changed); the series is picked by name or created. */
    public void save(Consumer<Event> onSaved) {
        save(onSaved, () -> { });
    }

    /**
     * Saves the event, running {@code onFailed} if the book refuses it; returns false, saving
     * nothing and showing what is wrong, if the form is not valid.
     */
    public boolean save(Consumer<Event> onSaved, Runnable onFailed) {
        state.showErrors();
        Optional<Event> draft = draft();
        if (draft.isEmpty() || readOnly.get()) {
            return false;
        }
        String series = seriesName.get() == null ? "" : seriesName.get().strip();
        boolean creating = isNew();
        Long expected = lock.expectedVersion();
        Event[] mine = {draft.get()};
        runner.run(Messages.get("form.saving"), progress -> {
            Long seriesId = series.isEmpty() ? null : events.seriesNamed(series).id();
            mine[0] = draft.get().toBuilder().seriesId(seriesId).build();
            return creating ? events.findVersioned(events.add(mine[0]).id()).orElseThrow()
                    : events.update(mine[0], expected);
        }, saved -> {
            lastZone.set(saved.value().zone());
            load(saved.value(), saved.stamp());
            onSaved.accept(saved.value());
        }, failure -> {
            // Someone else saved the event meanwhile: the form keeps every edit and shows theirs.
            if (!lock.caught(failure, mine[0])) {
                dialogs.showError(Messages.get("form.saveFailed"), Messages.reason(failure));
            }
            onFailed.run();
        });
        return true;
    }

    /** Puts the form back as it was loaded. */
    public void revert() {
        if (isNew()) {
            loadNew();
        } else {
            Versioned<Event> stored = lock.opened();
            load(stored == null ? original : stored.value(), stored == null ? null : stored.stamp());
        }
    }

    /** The form's optimistic lock, whose conflict the form shows above its fields. */
    public EditLock<Event> lock() {
        return lock;
    }

    public void addOrganiser(Organisation organisation, OrganiserRole role) {
        if (organisation == null || role == null) {
            return;
        }
        OrganiserChoice choice = new OrganiserChoice(organisation, role);
        if (!organisers.contains(choice)) {
            organisers.add(choice);
        }
    }

    /** Adds a new organisation to the book and to this event in one step. */
    public void addNewOrganisation(String name, OrganiserRole role) {
        addNewOrganisation(NewOrganisation.Draft.named(name, role == null ? null : kindFor(role)), role);
    }

    /**
     * "Add ‘Name’ as a new organisation…" from the organisers' picker: stores the organisation
     * and makes it one of this event's organisers in {@code role}. Nothing is saved or discarded
     * of the event being edited; it only becomes dirty. A blank name stores nothing.
     */
    public boolean addNewOrganisation(NewOrganisation.Draft draft, OrganiserRole role) {
        if (role == null) {
            return false;
        }
        return NewOrganisation.add(draft, directory, runner, dialogs, added -> {
            organisationChoices.add(added);
            addOrganiser(added, role);
        });
    }

    /** True when the name typed in the organisers' picker is one the directory lacks. */
    public boolean isNewOrganisation(String typed) {
        return NewOrganisation.isUnknown(typed, organisationChoices);
    }

    /** The kind a new organisation gets by default from the part it plays in this event. */
    public static OrganisationKind kindFor(OrganiserRole role) {
        return switch (role) {
            case ORGANISER, CO_ORGANISER -> OrganisationKind.ORGANISER;
            case RESEARCH_PARTNER, PARTNER -> OrganisationKind.PARTNER;
            case PARTICIPATING_CITY -> OrganisationKind.PARTICIPATING_CITY;
            case FUNDER -> OrganisationKind.FUNDER;
            case OTHER -> OrganisationKind.OTHER;
        };
    }

    public StringProperty titleProperty() { return title; }
    public StringProperty subtitleProperty() { return subtitle; }
    public StringProperty secondTitleProperty() { return secondTitle; }
    public ObjectProperty<EventKind> kindProperty() { return kind; }
    public StringProperty seriesNameProperty() { return seriesName; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    /** Writes a time typed loosely ("9.30", "930") as the form shows times ("09:30"), once its field is left. */
    public void tidyTime(StringProperty time) {
        TimeText.parse(time.get()).map(TimeText::format).filter(t -> !t.equals(time.get())).ifPresent(time::set);
    }

    public StringProperty startTimeProperty() { return startTime; }
    public StringProperty durationProperty() { return duration; }
    public StringProperty endTimeProperty() { return endTime; }
    public ObjectProperty<ZoneId> zoneProperty() { return zone; }
    public StringProperty platformProperty() { return platform; }
    public StringProperty registrationUrlProperty() { return registrationUrl; }
    public StringProperty accessUrlProperty() { return accessUrl; }
    public StringProperty recordingUrlProperty() { return recordingUrl; }
    public StringProperty reportUrlProperty() { return reportUrl; }
    public StringProperty capacityProperty() { return capacity; }
    public BooleanProperty publicProperty() { return isPublic; }
    public BooleanProperty recordedProperty() { return recorded; }
    public StringProperty descriptionProperty() { return description; }
    public ObjectProperty<EventStatus> statusProperty() { return status; }
    public ObservableList<OrganiserChoice> organisers() { return organisers; }
    public ObservableSet<Integer> sdgs() { return sdgs; }
    public ObservableList<String> seriesChoices() { return seriesChoices; }
    public ObservableList<Organisation> organisationChoices() { return organisationChoices; }
    public ObservableStringValue titleErrorProperty() { return state.shown(titleError); }
    public ObservableStringValue dateErrorProperty() { return state.shown(dateError); }
    public ObservableStringValue startErrorProperty() { return state.shown(startError); }
    public ObservableStringValue durationErrorProperty() { return state.shown(durationError); }
    public ObservableStringValue endErrorProperty() { return state.shown(endError); }
    public ObservableStringValue zoneErrorProperty() { return state.shown(zoneError); }
    public ObservableStringValue registrationUrlErrorProperty() { return state.shown(registrationUrlError); }
    public ObservableStringValue accessUrlErrorProperty() { return state.shown(accessUrlError); }
    public ObservableStringValue recordingUrlErrorProperty() { return state.shown(recordingUrlError); }
    public ObservableStringValue reportUrlErrorProperty() { return state.shown(reportUrlError); }
    public ObservableStringValue capacityErrorProperty() { return state.shown(capacityError); }
    public ReadOnlyStringProperty startNoticeProperty() { return preview.startNoticeProperty(); }
    public ReadOnlyStringProperty statusNoticeProperty() { return preview.statusNoticeProperty(); }
    public ObservableList<String> otherZones() { return preview.otherZones(); }
    public ObservableList<String> clashes() { return preview.clashes(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return state.dirtyProperty(); }
    /** False while a new form is untouched: its errors are not shown yet. */
    public ReadOnlyBooleanProperty errorsShownProperty() { return state.errorsShownProperty(); }

    public ObjectProperty<ZoneId> lastZoneProperty() { return lastZone; }
    public BooleanBinding validProperty() { return valid; }
    /** True when the book is open read-only: the form shows the event but cannot save it. */
    public BooleanProperty readOnlyProperty() { return readOnly; }
}
