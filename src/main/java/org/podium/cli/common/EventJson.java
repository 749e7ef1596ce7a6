package org.podium.cli.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.domain.Event;
import org.podium.domain.EventStatus;
import org.podium.service.events.EventDetails;

/** The JSON shape of events on the command line: plain maps with a fixed key order. */
public final class EventJson {
    private EventJson() {
    }

    public static Map<String, Object> of(Event e, EventStatus shown, long registrants) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("uid", e.uid());
        m.put("title", e.title());
        m.put("subtitle", e.subtitle());
        m.put("secondTitle", e.secondTitle());
        m.put("kind", lower(e.kind()));
        m.put("status", lower(shown));
        m.put("start", e.start().toString());
        m.put("zone", e.zone().getId());
        m.put("offset", e.startInZone().getOffset().getId());
        m.put("minutes", e.minutes());
        m.put("end", e.endInZone().toLocalDateTime().toString());
        m.put("platform", e.platform());
        m.put("registrationUrl", e.registrationUrl());
        m.put("accessUrl", e.accessUrl());
        m.put("recordingUrl", e.recordingUrl());
        m.put("reportUrl", e.reportUrl());
        m.put("capacity", e.capacity());
        m.put("public", e.isPublic());
        m.put("recorded", e.recorded());
        m.put("sdgs", List.copyOf(e.sdgs()));
        m.put("registrants", registrants);
        return m;
    }

    public static Map<String, Object> of(EventDetails d) {
        Map<String, Object> m = of(d.event(), d.shownStatus(), d.registrants());
        m.put("series", d.series().map(s -> s.name()).orElse(null));
        m.put("description", d.event().description());
        m.put("version", d.stamp().version());
        m.put("changedBy", d.stamp().changedBy());
        m.put("changedAt", d.stamp().changedAt() == null ? null : d.stamp().changedAt().toString());
        m.put("organisers", d.organisers().stream().map(o -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("organisation", o.organisation().name());
            line.put("role", lower(o.role()));
            return line;
        }).toList());
        m.put("panel", d.seats().stream().map(s -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("person", s.person().fullName());
            line.put("position", s.person().position());
            line.put("organisation", s.organisation().map(o -> o.name()).orElse(null));
            line.put("role", lower(s.seat().role()));
            line.put("state", lower(s.seat().state()));
            return line;
        }).toList());
        m.put("agenda", d.agenda().stream().map(t -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("start", t.start().toLocalDateTime().toString());
            line.put("minutes", t.item().minutes());
            line.put("title", t.item().title());
            return line;
        }).toList());
        return m;
    }

    public static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
