package org.podium.service.documents;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.podium.domain.Agenda;
import org.podium.domain.Event;
import org.podium.domain.Links;
import org.podium.domain.EventStatus;
import org.podium.domain.OrganiserRole;
import org.podium.domain.Person;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.exchange.csv.ExportProfile;
import org.podium.service.events.EventDetails;
import org.podium.service.common.Wording;

/** Turns an event's record into the facts of its announcement in one language. */
final class AnnouncementFacts {
    /** The official colours of the seventeen goals, by number. */
    private static final List<String> GOAL_COLOURS = List.of("#E5243B", "#DDA63A", "#4C9F38", "#C5192D",
            "#FF3A21", "#26BDE2", "#FCC30B", "#A21942", "#FD6925", "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44",
            "#0A97D9", "#56C02B", "#00689D", "#19486A");

    private AnnouncementFacts() {
    }

    /**
     * The facts of {@code d} in {@code words}' language; {@code people} names the agenda's speakers,
     * {@code audienceZones} are the zones whose start the invitation adds.
     */
    static Announcement of(EventDetails d, Map<Long, Person> people, List<ZoneId> audienceZones, Wording words) {
        Event e = d.event();
        Locale locale = words.locale();
        boolean italian = "it".equals(locale.getLanguage());
        List<String> titles = new ArrayList<>();
        if (italian && !e.secondTitle().isEmpty()) {
            titles.add(e.secondTitle());
            titles.add(e.title());
        } else {
            titles.add(e.title());
        }
        titles.add(e.subtitle());
        if (!italian) {
            titles.add(e.secondTitle());
        }
        List<String> shown = titles.stream().filter(t -> !t.isEmpty()).toList();
        return new Announcement(italian ? "it" : "en", shown.get(0), shown.subList(1, shown.size()),
                words.get("enum.EventKind." + e.kind().name()).toLowerCase(locale),
                names(d, Set.of(OrganiserRole.ORGANISER, OrganiserRole.CO_ORGANISER)),
                names(d, Set.of(OrganiserRole.RESEARCH_PARTNER, OrganiserRole.PARTNER)),
                names(d, Set.of(OrganiserRole.PARTICIPATING_CITY)),
                funders(d),
                d.series().map(s -> s.name()).orElse(""),
                web(d.series().map(s -> s.webPage()).orElse("")),
                capitalised(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale).format(e.startInZone()), locale),
                span(e, locale),
                elsewhere(e, audienceZones, locale),
                e.platform(), web(e.registrationUrl()), web(e.accessUrl()),
                paragraphs(e.description()),
                speakers(d, words),
                agenda(d, e, people, locale),
                e.isPublic(), e.recorded(), goals(e, words),
                d.shownStatus() == EventStatus.CONCLUDED, web(e.recordingUrl()), web(e.reportUrl()),
                ExportProfile.tag(e.title(), e.start().toLocalDate()));
    }

    private static Announcement.Names names(EventDetails d, Set<OrganiserRole> roles) {
        return new Announcement.Names(d.organisers().stream().filter(o -> roles.contains(o.role()))
                .map(o -> o.organisation().name()).toList());
    }

    private static Announcement.Names funders(EventDetails d) {
        Announcement.Names named = names(d, Set.of(OrganiserRole.FUNDER));
        if (!named.isEmpty()) {
            return named;
        }
        return new Announcement.Names(d.series().map(s -> s.funder()).filter(f -> !f.isEmpty()).stream().toList());
    }

    /** "10:00 – 11:00 (CEST)", or "23:30 (CEST) – 02:30 (CET, next day)" across a change of clocks. */
    static String span(Event e, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        DateTimeFormatter zone = DateTimeFormatter.ofPattern("zzz", locale);
        ZonedDateTime start = e.startInZone();
        ZonedDateTime end = e.endInZone();
        long days = ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate());
        String after = days > 0 ? " +" + days : "";
        if (start.getOffset().equals(end.getOffset())) {
            return time.format(start) + " – " + time.format(end) + after + " (" + zone.format(start) + ")";
        }
        return time.format(start) + " (" + zone.format(start) + ") – " + time.format(end) + after
                + " (" + zone.format(end) + ")";
    }

    /** The start in each audience zone whose clock differs from the event's: "09:00 London (BST)". */
    private static List<String> elsewhere(Event e, List<ZoneId> zones, Locale locale) {
        ZonedDateTime start = e.startInZone();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        DateTimeFormatter zone = DateTimeFormatter.ofPattern("zzz", locale);
        List<String> lines = new ArrayList<>();
        for (ZoneId id : zones) {
            ZonedDateTime there = start.withZoneSameInstant(id);
            if (there.getOffset().equals(start.getOffset()) || lines.size() == 8) {
                continue;
            }
            String city = id.getId().substring(id.getId().lastIndexOf('/') + 1).replace('_', ' ');
            String date = there.toLocalDate().equals(start.toLocalDate()) ? "" : ", " + day.format(there);
            lines.add(time.format(there) + date + " " + city + " (" + zone.format(there) + ")");
        }
        return lines;
    }

    private static List<String> paragraphs(String description) {
        return Stream.of(description.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static List<Announcement.Speaker> speakers(EventDetails d, Wording words) {
        return d.seats().stream().filter(s -> s.seat().state() != SeatState.DECLINED)
                .map(s -> new Announcement.Speaker(s.person().fullName(), s.person().position(),
                        s.organisation().map(o -> o.name()).orElse(""),
                        words.get("enum.SeatRole." + s.seat().role().name()),
                        s.seat().role() == SeatRole.MODERATOR))
                .toList();
    }

    private static List<Announcement.Slot> agenda(EventDetails d, Event e, Map<Long, Person> people, Locale locale) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        return d.agenda().stream().map((Agenda.Timed t) -> new Announcement.Slot(time.format(t.start()),
                t.item().title(), t.item().minutes(), String.join(", ", t.item().speakerIds().stream()
                        .map(people::get).filter(Objects::nonNull).map(Person::fullName).toList())))
                .toList();
    }

    private static List<Announcement.Goal> goals(Event e, Wording words) {
        return e.sdgs().stream().map(n -> new Announcement.Goal(n, words.get("sdg." + n), GOAL_COLOURS.get(n - 1)))
                .toList();
    }

    /** A link only when it is a web address: anything else (a stored "javascript:") is left out. */
    private static String web(String link) {
        return Links.isWebAddress(link) ? link : "";
    }

    private static String capitalised(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }
}
