package org.podium.ui.eventform;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Event;
import org.podium.domain.EventStatus;
import org.podium.domain.Schedule;
import org.podium.service.events.ClashReport;
import org.podium.service.events.EventService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.TaskRunner;

/**
 * What the form shows about a start as it is typed: the time in the audience's zones, the
 * daylight-saving notices, whether it will show as concluded, and clashes with other events.
 */
final class StartPreview {
    private final EventService events;
    private final TaskRunner runner;
    private final Clock clock;
    private final List<ZoneId> audienceZones;
    private final ReadOnlyStringWrapper startNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusNotice = new ReadOnlyStringWrapper("");
    private final ObservableList<String> otherZones = FXCollections.observableArrayList();
    private final ObservableList<String> clashes = FXCollections.observableArrayList();

    StartPreview(EventService events, TaskRunner runner, Clock clock, List<ZoneId> audienceZones) {
        this.events = events;
        this.runner = runner;
        this.clock = clock;
        this.audienceZones = List.copyOf(audienceZones);
    }

    /** Forgets the last start, as when a field it depends on no longer reads. */
    void clear() {
        startNotice.set("");
        statusNotice.set("");
        otherZones.clear();
        clashes.clear();
    }

    /**
     * Describes a start; returns the reason it cannot be used (the spring-forward gap), or
     * the empty string when it can.
     */
    String describe(LocalDateTime local, ZoneId zone, Optional<Integer> minutes, EventStatus status) {
        clear();
        Schedule.Resolved resolved = Schedule.resolve(local, zone);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", Messages.locale());
        if (resolved.fit() == Schedule.Fit.IN_GAP) {
            return Messages.get("form.error.gap", time.format(local), zone.getId());
        }
        if (resolved.fit() == Schedule.Fit.AMBIGUOUS) {
            startNotice.set(Messages.get("form.notice.ambiguous", time.format(local), zone.getId(),
                    resolved.start().getOffset().getId()));
        }
        DateTimeFormatter other = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm zzz", Messages.locale());
        for (ZoneId z : audienceZones) {
            if (!z.equals(zone)) {
                ZonedDateTime there = resolved.start().withZoneSameInstant(z);
                otherZones.add(z.getId() + " — " + other.format(there));
            }
        }
        minutes.ifPresent(m -> {
            boolean ended = !resolved.start().plusMinutes(m).toInstant().isAfter(clock.instant());
            if (ended && status == EventStatus.SCHEDULED) {
                statusNotice.set(Messages.get("form.notice.concluded"));
            }
        });
        return "";
    }

    /** Looks for clashes of a complete draft off the FX thread; they warn, never block. */
    void checkClashes(Event draft) {
        runner.run("", progress -> events.clashes(draft), this::showClashes, failure -> clashes.clear());
    }

    private void showClashes(ClashReport report) {
        DateTimeFormatter when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm zzz", Messages.locale());
        List<String> lines = new ArrayList<>();
        report.overlappingEvents().forEach(e -> lines.add(Messages.get("form.clash.event", e.title(),
                when.format(e.startInZone()))));
        report.speakerClashes().forEach(c -> lines.add(Messages.get("form.clash.speaker", c.person().fullName(),
                c.other().title())));
        clashes.setAll(lines);
    }

    ReadOnlyStringProperty startNoticeProperty() {
        return startNotice.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusNoticeProperty() {
        return statusNotice.getReadOnlyProperty();
    }

    ObservableList<String> otherZones() {
        return otherZones;
    }

    ObservableList<String> clashes() {
        return clashes;
    }
}
