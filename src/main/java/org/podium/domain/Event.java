package org.podium.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One webinar, panel or meeting. Its start is a local date-time in its own zone, as the
 * invitation states it ("10:00 CEST"), never an instant that would drift when rules change.
 *
 * <p>{@code id} is 0 until the event is stored; {@code uid} names the event in calendar files
 * and never changes; {@code icsSequence} rises whenever the time changes so calendars replace
 * their old entry.
 */
public record Event(long id, String uid, String title, String subtitle, String secondTitle,
                    EventKind kind, Long seriesId, EventStatus status,
                    LocalDateTime start, ZoneId zone, int minutes,
                    String platform, String registrationUrl, String accessUrl,
                    String recordingUrl, String reportUrl, Integer capacity,
                    boolean isPublic, boolean recorded, String description,
                    List<Organiser> organisers, SortedSet<Integer> sdgs, int icsSequence) {

    public Event {
        uid = Text.clean(uid);
        title = Text.required(title, "title");
        subtitle = Text.clean(subtitle);
        secondTitle = Text.clean(secondTitle);
        kind = kind == null ? EventKind.WEBINAR : kind;
        status = status == null ? EventStatus.SCHEDULED : status;
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        if (!Bounds.inRange(start.toLocalDate())) {
            throw new InvalidFieldException("start", "invalid.start", Bounds.FIRST_YEAR, Bounds.LAST_YEAR, String.valueOf(start));
        }
        Bounds.checkMinutes("minutes", minutes);
        platform = Text.clean(platform);
        registrationUrl = Links.completed(registrationUrl);
        accessUrl = Links.completed(accessUrl);
        recordingUrl = Links.completed(recordingUrl);
        reportUrl = Links.completed(reportUrl);
        if (capacity != null && capacity < 0) {
            throw new InvalidFieldException("capacity", "invalid.capacity");
        }
        description = Text.clean(description);
        organisers = organisers == null ? List.of() : List.copyOf(organisers);
        sdgs = sdgs == null ? new TreeSet<>() : new TreeSet<>(sdgs);
        for (int sdg : sdgs) {
            if (Sdg.ofNumber(sdg).isEmpty()) {
                throw new InvalidFieldException("sdgs", "invalid.sdg", sdg);
            }
        }
        sdgs = java.util.Collections.unmodifiableSortedSet(sdgs);
    }

    /** The start as the audience in the event's zone reads it. */
    public ZonedDateTime startInZone() {
        return Schedule.resolve(start, zone).start();
    }

    public ZonedDateTime endInZone() {
        return startInZone().plusMinutes(minutes);
    }

    public Instant startInstant() {
        return startInZone().toInstant();
    }

    public Instant endInstant() {
        return endInZone().toInstant();
    }

    /**
     * The status to show: a scheduled event whose end has passed has concluded, whatever was
     * last recorded; drafts and cancellations stay as they are.
     */
    public EventStatus effectiveStatus(Instant now) {
        if (status == EventStatus.SCHEDULED && !endInstant().isAfter(now)) {
            return EventStatus.CONCLUDED;
        }
        return status;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder(String title, LocalDateTime start, ZoneId zone, int minutes) {
        return new Builder(title, start, zone, minutes);
    }

    /** Builds events field by field, for forms, commands and sample data. */
    public static final class Builder {
        private long id;
        private String uid = "";
        private String title;
        private String subtitle = "";
        private String secondTitle = "";
        private EventKind kind = EventKind.WEBINAR;
        private Long seriesId;
        private EventStatus status = EventStatus.SCHEDULED;
        private LocalDateTime start;
        private ZoneId zone;
        private int minutes;
        private String platform = "";
        private String registrationUrl = "";
        private String accessUrl = "";
        private String recordingUrl = "";
        private String reportUrl = "";
        private Integer capacity;
        private boolean isPublic = true;
        private boolean recorded;
        private String description = "";
        private List<Organiser> organisers = List.of();
        private Set<Integer> sdgs = Set.of();
        private int icsSequence;

        private Builder(String title, LocalDateTime start, ZoneId zone, int minutes) {
            this.title = title;
            this.start = start;
            this.zone = zone;
            this.minutes = minutes;
        }

        private Builder(Event e) {
            id = e.id;
            uid = e.uid;
            title = e.title;
            subtitle = e.subtitle;
            secondTitle = e.secondTitle;
            kind = e.kind;
            seriesId = e.seriesId;
            status = e.status;
            start = e.start;
            zone = e.zone;
            minutes = e.minutes;
            platform = e.platform;
            registrationUrl = e.registrationUrl;
            accessUrl = e.accessUrl;
            recordingUrl = e.recordingUrl;
            reportUrl = e.reportUrl;
            capacity = e.capacity;
            isPublic = e.isPublic;
            recorded = e.recorded;
            description = e.description;
            organisers = e.organisers;
            sdgs = e.sdgs;
            icsSequence = e.icsSequence;
        }

        public Builder id(long value) { id = value; return this; }
        public Builder uid(String value) { uid = value; return this; }
        public Builder title(String value) { title = value; return this; }
        public Builder subtitle(String value) { subtitle = value; return this; }
        public Builder secondTitle(String value) { secondTitle = value; return this; }
        public Builder kind(EventKind value) { kind = value; return this; }
        public Builder seriesId(Long value) { seriesId = value; return this; }
        public Builder status(EventStatus value) { status = value; return this; }
        public Builder start(LocalDateTime value) { start = value; return this; }
        public Builder zone(ZoneId value) { zone = value; return this; }
        public Builder minutes(int value) { minutes = value; return this; }
        public Builder platform(String value) { platform = value; return this; }
        public Builder registrationUrl(String value) { registrationUrl = value; return this; }
        public Builder accessUrl(String value) { accessUrl = value; return this; }
        public Builder recordingUrl(String value) { recordingUrl = value; return this; }
        public Builder reportUrl(String value) { reportUrl = value; return this; }
        public Builder capacity(Integer value) { capacity = value; return this; }
        public Builder isPublic(boolean value) { isPublic = value; return this; }
        public Builder recorded(boolean value) { recorded = value; return this; }
        public Builder description(String value) { description = value; return this; }
        public Builder organisers(List<Organiser> value) { organisers = value; return this; }
        public Builder sdgs(Set<Integer> value) { sdgs = value; return this; }
        public Builder icsSequence(int value) { icsSequence = value; return this; }

        public Event build() {
            return new Event(id, uid, title, subtitle, secondTitle, kind, seriesId, status, start,
                    zone, minutes, platform, registrationUrl, accessUrl, recordingUrl, reportUrl,
                    capacity, isPublic, recorded, description, organisers,
                    sdgs == null ? null : new TreeSet<>(sdgs), icsSequence);
        }
    }
}
