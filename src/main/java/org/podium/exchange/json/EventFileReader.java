package org.podium.exchange.json;

import org.podium.domain.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.podium.domain.AgendaItem;
import org.podium.domain.Bounds;
import org.podium.domain.Emails;
import org.podium.domain.Event;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.domain.OrganiserRole;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.domain.Series;

/**
 * Reads an event file, a part at a time, and checks it before anything is stored: the format and
 * version first (a file from a newer Podium is refused as such), then every field's type, then
 * that every reference points at something in the file. The first problem is thrown as an
 * {@link EventFileException} naming the field's JSON path.
 */
public final class EventFileReader {
    /**
     * The most registrants one event file may carry: they are held whole to be checked before
     * anything is stored, so a file past this is refused rather than exhausting memory.
     */
    public static final int MAX_REGISTRANTS = 150_000;
    /** The longest text value read, in characters: far beyond any description, far below trouble. */
    static final int MAX_TEXT = 1_000_000;
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_TEXT).build())
            .build());

    private EventFileReader() {
    }

    public static EventFile read(InputStream in) throws IOException {
        return read(in, MAX_REGISTRANTS);
    }

    /**
     * Reads the file a field at a time: each top-level part but the registrants is small and
     * read whole; the registrants are read one by one and kept as records, never as a tree of
     * the whole file. A field given twice anywhere is refused with its line.
     */
    static EventFile read(InputStream in, int maxRegistrants) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        Optional<List<Registration>> registrants = Optional.empty();
        try (JsonParser parser = MAPPER.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new EventFileException("", "eventFile.problem.empty");
            }
            if (first != JsonToken.START_OBJECT) {
                JsonFields.of(first.isStructStart() ? MAPPER.createArrayNode() : MAPPER.readTree(parser), "");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                if (name.equals("registrants")) {
                    registrants = registrants(parser, maxRegistrants);
                } else {
                    root.set(name, MAPPER.readTree(parser));
                }
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new EventFileException("", "eventFile.problem.trailing", at.getLineNr(), at.getColumnNr());
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new EventFileException(at == null ? Phrase.of("eventFile.problem.notJson", e.getOriginalMessage())
                    : Phrase.of("eventFile.problem.notJsonAt", at.getLineNr(), at.getColumnNr(), e.getOriginalMessage()), e);
        }
        JsonFields top = JsonFields.of(root, "");
        checkFormatAndVersion(top);
        top.only("format", "version", "savedAt", "savedBy", "event", "organisations", "people", "seats",
                "agenda", "registrants");
        List<Organisation> organisations = organisations(top);
        Map<String, String> organisationNames = new HashMap<>();
        organisations.forEach(o -> organisationNames.put(key(o.name()), o.name()));
        JsonFields event = top.requiredObject("event");
        List<EventFile.OrganiserLine> organisers = organisers(event, organisationNames);
        List<EventFile.PersonEntry> people = people(top, organisationNames);
        Map<String, Integer> refs = new HashMap<>();
        people.forEach(p -> refs.put(p.ref(), refs.size()));
        return new EventFile(event(event), series(event), organisers, organisations, people, seats(top, refs),
                agenda(top, refs), registrants);
    }

    private static void checkFormatAndVersion(JsonFields top) {
        String format = top.text("format");
        if (!EventFile.FORMAT.equals(format)) {
            throw new EventFileException("format", "eventFile.problem.format", EventFile.FORMAT, format);
        }
        int version = top.integer("version");
        if (version > EventFile.VERSION) {
            throw new EventFileException("version", "eventFile.problem.newer", version, EventFile.VERSION);
        }
        if (version < 1) {
            throw new EventFileException("version", "eventFile.problem.version", EventFile.VERSION, version);
        }
    }

    private static List<Organisation> organisations(JsonFields top) {
        List<Organisation> result = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (JsonFields o : top.objects("organisations")) {
            o.only("name", "shortName", "kind", "city", "country");
            Organisation organisation = build(o, () -> new Organisation(0, o.text("name"), o.text("shortName", ""),
                    o.choice("kind", OrganisationKind.class, OrganisationKind.OTHER), o.text("city", ""),
                    o.text("country", "")));
            String earlier = seen.put(key(organisation.name()), o.path("name"));
            if (earlier != null) {
                throw new EventFileException(o.path("name"), "eventFile.problem.listedTwice", organisation.name(),
                        earlier);
            }
            result.add(organisation);
        }
        return result;
    }

    private static List<EventFile.OrganiserLine> organisers(JsonFields event, Map<String, String> organisations) {
        List<EventFile.OrganiserLine> result = new ArrayList<>();
        for (JsonFields o : event.objects("organisers")) {
            o.only("organisation", "role");
            String name = organisation(o, "organisation", organisations);
            if (name.isEmpty()) {
                throw new EventFileException(o.path("organisation"), "eventFile.problem.missing");
            }
            result.add(new EventFile.OrganiserLine(name, o.choice("role", OrganiserRole.class, null)));
        }
        return result;
    }

    private static String organisation(JsonFields fields, String field, Map<String, String> organisations) {
        String name = fields.text(field, "").strip();
        if (name.isEmpty()) {
            return "";
        }
        String known = organisations.get(key(name));
        if (known == null) {
            throw new EventFileException(fields.path(field), "eventFile.problem.unknownOrganisation", name);
        }
        return known;
    }

    private static Event event(JsonFields e) {
        e.only("uid", "title", "subtitle", "secondTitle", "kind", "series", "status", "start", "zone", "minutes",
                "platform", "registrationUrl", "accessUrl", "recordingUrl", "reportUrl", "capacity", "public",
                "recorded", "description", "organisers", "sdgs", "icsSequence");
        return build(e, () -> Event.builder(e.text("title"), e.localDateTime("start"), e.zone("zone"), e.integer("minutes"))
                .uid(e.text("uid", ""))
                .subtitle(e.text("subtitle", ""))
                .secondTitle(e.text("secondTitle", ""))
                .kind(e.choice("kind", EventKind.class, EventKind.WEBINAR))
                .status(e.choice("status", EventStatus.class, EventStatus.SCHEDULED))
                .platform(e.text("platform", ""))
                .registrationUrl(e.text("registrationUrl", ""))
                .accessUrl(e.text("accessUrl", ""))
                .recordingUrl(e.text("recordingUrl", ""))
                .reportUrl(e.text("reportUrl", ""))
                .capacity(e.nullableInteger("capacity"))
                .isPublic(e.bool("public", true))
                .recorded(e.bool("recorded", false))
                .description(e.text("description", ""))
                .sdgs(new TreeSet<>(e.integers("sdgs")))
                .icsSequence(e.integer("icsSequence", 0))
                .build());
    }

    private static Optional<Series> series(JsonFields event) {
        return event.object("series").map(s -> {
            s.only("name", "description", "funder", "webPage");
            return build(s, () -> new Series(0, s.text("name"), s.text("description", ""), s.text("funder", ""),
                    s.text("webPage", "")));
        });
    }

    private static List<EventFile.PersonEntry> people(JsonFields top, Map<String, String> organisations) {
        List<EventFile.PersonEntry> result = new ArrayList<>();
        Map<String, String> refs = new HashMap<>();
        Map<String, String> emails = new HashMap<>();
        for (JsonFields p : top.objects("people")) {
            p.only("ref", "honorific", "firstName", "lastName", "email", "phone", "position", "organisation", "city",
                    "country", "bio", "notes");
            String ref = p.text("ref");
            String earlier = refs.put(ref, p.path("ref"));
            if (earlier != null) {
                throw new EventFileException(p.path("ref"), "eventFile.problem.usedTwice", ref, earlier);
            }
            Person person = build(p, () -> new Person(0, p.text("honorific", ""), p.text("firstName", ""),
                    p.text("lastName", ""), p.text("email", ""), p.text("phone", ""), p.text("position", ""), null,
                    p.text("city", ""), p.text("country", ""), p.text("bio", ""), p.text("notes", "")));
            if (Emails.hasControl(person.email())) {
                throw new EventFileException(p.path("email"), Emails.problem(person.email()));
            }
            String emailKey = Emails.normalise(person.email());
            if (!emailKey.isEmpty()) {
                String other = emails.put(emailKey, p.path("email"));
                if (other != null) {
                    throw new EventFileException(p.path("email"), "eventFile.problem.usedTwice", person.email(),
                            other);
                }
            }
            result.add(new EventFile.PersonEntry(ref, person, organisation(p, "organisation", organisations)));
        }
        return result;
    }

    private static List<EventFile.SeatEntry> seats(JsonFields top, Map<String, Integer> refs) {
        List<EventFile.SeatEntry> result = new ArrayList<>();
        Map<String, String> seated = new HashMap<>();
        for (JsonFields s : top.objects("seats")) {
            s.only("person", "role", "state", "order", "techCheckDone", "consentToRecording");
            String person = reference(s, "person", refs);
            String earlier = seated.put(person, s.path("person"));
            if (earlier != null) {
                throw new EventFileException(s.path("person"), "eventFile.problem.twoSeats", person, earlier);
            }
            PanelSeat seat = build(s, () -> new PanelSeat(0, 0, 0, s.choice("role", SeatRole.class, null),
                    s.choice("state", SeatState.class, SeatState.INVITED), s.integer("order", result.size()),
                    s.bool("techCheckDone", false), s.bool("consentToRecording", false)));
            result.add(new EventFile.SeatEntry(person, seat));
        }
        return result;
    }

    private static List<EventFile.AgendaEntry> agenda(JsonFields top, Map<String, Integer> refs) {
        List<EventFile.AgendaEntry> result = new ArrayList<>();
        for (JsonFields a : top.objects("agenda")) {
            a.only("position", "title", "minutes", "speakers", "notes");
            List<String> speakers = a.texts("speakers");
            for (int i = 0; i < speakers.size(); i++) {
                if (!refs.containsKey(speakers.get(i))) {
                    throw new EventFileException(a.path("speakers") + "[" + i + "]", "eventFile.problem.noPerson",
                            speakers.get(i));
                }
            }
            AgendaItem item = build(a, () -> new AgendaItem(0, 0, a.integer("position", result.size()), a.text("title"),
                    a.integer("minutes"), List.of(), a.text("notes", "")));
            result.add(new EventFile.AgendaEntry(item, speakers));
        }
        return result;
    }

    private static String reference(JsonFields fields, String field, Map<String, Integer> refs) {
        String ref = fields.text(field);
        if (!refs.containsKey(ref)) {
            throw new EventFileException(fields.path(field), "eventFile.problem.noPerson", ref);
        }
        return ref;
    }

    /** The registrants, read one at a time from the parser standing on their list; null means none. */
    private static Optional<List<Registration>> registrants(JsonParser parser, int max) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return Optional.empty();
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            JsonNode found = parser.currentToken().isStructStart() ? MAPPER.createObjectNode() : MAPPER.readTree(parser);
            throw new EventFileException("registrants", "eventFile.problem.expected",
                    Phrase.of("eventFile.expected.list"), JsonFields.describe(found));
        }
        List<Registration> result = new ArrayList<>();
        Map<String, String> emails = new HashMap<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String path = "registrants[" + result.size() + "]";
            if (result.size() == max) {
                throw new EventFileException(path, "eventFile.problem.tooMany", max);
            }
            result.add(registrant(JsonFields.of(MAPPER.readTree(parser), path), emails));
        }
        return Optional.of(result);
    }

    private static Registration registrant(JsonFields r, Map<String, String> emails) {
        r.only("email", "firstName", "lastName", "organisation", "jobTitle", "city", "country", "language",
                "registeredAt", "source", "status", "minutesAttended", "consent", "consentAt", "consentSource",
                "customAnswers", "notes");
        String address = Emails.clean(r.text("email"));
        if (Emails.hasControl(address)) {
            throw new EventFileException(r.path("email"), Emails.problem(address));
        }
        Registration registration = build(r, () -> new Registration(0, 0, address, r.text("firstName", ""),
                r.text("lastName", ""), r.text("organisation", ""), r.text("jobTitle", ""), r.text("city", ""),
                r.text("country", ""), r.text("language", ""), r.instant("registeredAt"),
                r.choice("source", RegistrationSource.class, RegistrationSource.MANUAL),
                r.choice("status", RegistrationStatus.class, RegistrationStatus.REGISTERED),
                r.integer("minutesAttended", 0), r.bool("consent", false), r.nullableInstant("consentAt"),
                r.text("consentSource", ""), r.textMap("customAnswers"), r.text("notes", "")));
        if (!Bounds.inRange(registration.registeredAt())) {
            throw new EventFileException(r.path("registeredAt"), "eventFile.problem.dates", Bounds.FIRST_YEAR,
                    Bounds.LAST_YEAR, String.valueOf(registration.registeredAt()));
        }
        if (registration.minutesAttended() > Bounds.MAX_MINUTES) {
            throw new EventFileException(r.path("minutesAttended"), "eventFile.problem.minutesAttended",
                    Bounds.MAX_MINUTES, registration.minutesAttended());
        }
        String earlier = emails.put(registration.emailKey(), r.path("email"));
        if (earlier != null) {
            throw new EventFileException(r.path("email"), "eventFile.problem.registeredTwice",
                    registration.email(), earlier);
        }
        return registration;
    }

    /** Builds a record, turning a rule it refuses into a complaint about the right field. */
    private static <T> T build(JsonFields fields, Supplier<T> record) {
        try {
            return record.get();
        } catch (InvalidFieldException e) {
            throw new EventFileException(fields.path(e.field()), e.phrase().orElseThrow());
        }
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
