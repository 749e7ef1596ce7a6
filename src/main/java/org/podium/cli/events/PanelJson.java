package org.podium.cli.events;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.cli.common.EventJson;
import org.podium.domain.Agenda;
import org.podium.domain.Person;
import org.podium.service.events.ChaseLine;
import org.podium.service.directory.DirectoryService;
import org.podium.service.events.EventDetails;
import org.podium.service.common.Formats;

/** The JSON shapes and prose lines of people, seats and agenda items on the command line. */
final class PanelJson {
    private PanelJson() {
    }

    static Map<String, Object> person(DirectoryService.PersonLine line) {
        Person p = line.person();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.fullName());
        m.put("honorific", p.honorific());
        m.put("firstName", p.firstName());
        m.put("lastName", p.lastName());
        m.put("email", p.email());
        m.put("phone", p.phone());
        m.put("position", p.position());
        m.put("organisation", line.organisation().map(o -> o.name()).orElse(null));
        m.put("organisationId", p.organisationId());
        m.put("city", p.city());
        m.put("country", p.country());
        return m;
    }

    static Map<String, Object> seat(EventDetails.SeatLine s, int number) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seatId", s.seat().id());
        m.put("number", number);
        m.put("personId", s.person().id());
        m.put("person", s.person().fullName());
        m.put("email", s.person().email());
        m.put("position", s.person().position());
        m.put("organisation", s.organisation().map(o -> o.name()).orElse(null));
        m.put("role", EventJson.lower(s.seat().role()));
        m.put("state", EventJson.lower(s.seat().state()));
        m.put("techCheckDone", s.seat().techCheckDone());
        m.put("consentToRecording", s.seat().consentToRecording());
        return m;
    }

    /** "  1. Jiri Svarc — keynote, confirmed (DG EMPL)". */
    static String seatLine(EventDetails.SeatLine s, int number) {
        return String.format("%3d. %s — %s, %s%s", number, s.person().fullName(), EventJson.lower(s.seat().role()),
                EventJson.lower(s.seat().state()), s.organisation().map(o -> " (" + o.displayName() + ")").orElse(""));
    }

    static Map<String, Object> chase(ChaseLine c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reason", EventJson.lower(c.reason()));
        m.put("personId", c.person().id());
        m.put("person", c.person().fullName());
        m.put("otherEventId", c.other().map(e -> e.id()).orElse(null));
        m.put("otherEvent", c.other().map(e -> e.title()).orElse(null));
        return m;
    }

    static String chaseLine(ChaseLine c) {
        return switch (c.reason()) {
            case UNANSWERED -> c.person().fullName() + " is still invited, with less than a week to go";
            case DOUBLE_BOOKED -> c.person().fullName() + " is also seated on “"
                    + c.other().map(e -> e.title() + "” (event " + e.id() + ")").orElse("”") + " at the same time";
        };
    }

    static Map<String, Object> item(Agenda.Timed t, Map<Long, Person> people) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.item().id());
        m.put("position", t.item().position());
        m.put("start", t.start().toLocalDateTime().toString());
        m.put("end", t.end().toLocalDateTime().toString());
        m.put("offset", t.start().getOffset().getId());
        m.put("minutes", t.item().minutes());
        m.put("title", t.item().title());
        m.put("speakers", speakers(t, people).stream().map(p -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", p.id());
            s.put("name", p.fullName());
            return s;
        }).toList());
        m.put("notes", t.item().notes());
        return m;
    }

    /** "  10:15   15 min  Presentation of the study — Liam Patuzzi". */
    static String itemLine(Agenda.Timed t, Agenda.Plan plan, Map<Long, Person> people) {
        String names = String.join(", ", speakers(t, people).stream().map(Person::fullName).toList());
        return String.format("  %-12s %4d min  %s%s", Formats.agendaTime(t.start(), plan.event().startInZone(),
                Locale.ENGLISH), t.item().minutes(), t.item().title(), names.isEmpty() ? "" : " — " + names);
    }

    private static List<Person> speakers(Agenda.Timed t, Map<Long, Person> people) {
        return t.item().speakerIds().stream().filter(people::containsKey).map(people::get).toList();
    }

    static Map<String, Object> plan(Agenda.Plan plan, Map<Long, Person> people) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventId", plan.event().id());
        m.put("title", plan.event().title());
        m.put("zone", plan.event().zone().getId());
        m.put("start", plan.event().start().toString());
        m.put("end", plan.event().endInZone().toLocalDateTime().toString());
        m.put("slotMinutes", plan.slotMinutes());
        m.put("totalMinutes", plan.totalMinutes());
        m.put("balanceMinutes", plan.balance());
        m.put("fit", EventJson.lower(plan.fit()));
        m.put("agendaEnd", plan.end().toLocalDateTime().toString());
        m.put("items", plan.items().stream().map(t -> item(t, people)).toList());
        return m;
    }

    static String time(java.time.ZonedDateTime at) {
        return DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH).format(at);
    }
}
