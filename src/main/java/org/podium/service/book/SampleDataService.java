package org.podium.service.book;

import org.podium.service.common.Progress;
import org.podium.service.importing.AttendanceService;
import org.podium.service.importing.ImportOptions;
import org.podium.service.importing.RegistrationImportService;
import org.podium.service.privacy.SuppressionService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.podium.domain.AgendaItem;
import org.podium.domain.Event;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.domain.Organiser;
import org.podium.domain.OrganiserRole;
import org.podium.domain.PanelSeat;
import org.podium.domain.Phrase;
import org.podium.domain.Person;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.domain.Series;
import org.podium.store.Stores;

/**
 * Loads the built-in sample: the two ADMin4ALL webinars the product was conceived from.
 * Loading is idempotent: events are recognised by their calendar UID, organisations by name
 * and people by name, so a second load adds nothing.
 */
public final class SampleDataService {
    private static final String RESOURCE = "/org/podium/sample/admin4all.json";
    private static final String OFFERED = "sample.offered";

    private final Stores stores;
    private final RegistrationImportService imports;
    private final AttendanceService attendance;
    private final SuppressionService suppressions;

    /** The import, attendance and suppression services give the samples their registrants the way a coordinator would. */
    public SampleDataService(Stores stores, RegistrationImportService imports, AttendanceService attendance,
                             SuppressionService suppressions) {
        this.stores = stores;
        this.imports = imports;
        this.attendance = attendance;
        this.suppressions = suppressions;
    }

    /** What a load did. */
    public record Result(int eventsAdded, int eventsAlreadyThere) {
    }

    /** Whether the book holds nothing yet, so the first start can offer the sample. */
    public boolean bookIsEmpty() {
        return stores.events().all().isEmpty() && stores.people().all().isEmpty()
                && stores.organisations().all().isEmpty();
    }

    /**
     * Whether to offer the sample at start: only for an empty book that has not been offered
     * it before, so a coordinator who chose to start empty is not asked again.
     */
    public boolean shouldOffer() {
        return stores.settings().get(OFFERED).isEmpty() && bookIsEmpty();
    }

    /** Records that the offer was made, whatever the answer. */
    public void markOffered() {
        stores.settings().put(OFFERED, "yes");
    }

    /**
     * Adds the sample webinars that are not in the book yet, each with its fictional
     * registrants (and attendance, for one that has taken place), and suppresses a couple of
     * their addresses as if those people had unsubscribed; Podium's own words in it (the
     * suppression's reason) are English, as on the command line.
     */
    public Result load() {
        return load(Locale.ENGLISH);
    }

    /** The same, with Podium's own words in the sample in the language, such as the window's. */
    public Result load(Locale language) {
        return load(true, language);
    }

    /**
     * Adds the sample webinars with their panels and agendas but no registrants, for a book
     * that brings its own (the tests of the registrant screens start from it).
     */
    public Result loadWithoutRegistrants() {
        return load(false, Locale.ENGLISH);
    }

    private Result load(boolean withRegistrants, Locale language) {
        Sample sample = read();
        List<Event> added = new java.util.ArrayList<>();
        Result result = stores.db().write(c -> {
            long seriesId = stores.series().findByName(sample.series.name)
                    .orElseGet(() -> stores.series().insert(new Series(0, sample.series.name,
                            sample.series.description, sample.series.funder, "")))
                    .id();
            Map<String, Long> orgIds = new HashMap<>();
            for (SampleOrganisation o : sample.organisations) {
                orgIds.put(o.key, stores.organisations().findByName(o.name)
                        .orElseGet(() -> stores.organisations().insert(new Organisation(0, o.name, o.shortName,
                                OrganisationKind.valueOf(o.kind), o.city, o.country)))
                        .id());
            }
            Map<String, Long> personIds = new HashMap<>();
            for (SamplePerson p : sample.people) {
                personIds.put(p.key, stores.people().findByName(p.firstName, p.lastName)
                        .orElseGet(() -> stores.people().insert(new Person(0, "", p.firstName, p.lastName, "", "",
                                p.position, orgIds.get(p.organisation), "", "", "", "")))
                        .id());
            }
            for (SampleEvent e : sample.events) {
                // A sample event in the trash still holds its UID: it counts as there, not re-added.
                if (stores.events().uidInUse(e.uid)) {
                    continue;
                }
                added.add(addEvent(e, seriesId, orgIds, personIds));
            }
            return new Result(added.size(), sample.events.size() - added.size());
        });
        if (withRegistrants && !added.isEmpty()) {
            addRegistrants(added, language);
        }
        return result;
    }

    /** How many fictional people the samples' audience is drawn from; each event gets most of them. */
    static final int POOL = 420;
    private static final long SEED = 20200528L;

    private void addRegistrants(List<Event> added, Locale language) {
        List<SampleRegistrants.Person> pool = SampleRegistrants.pool(SEED, POOL);
        for (Event event : added) {
            long seed = SEED ^ event.uid().hashCode();
            List<SampleRegistrants.Person> audience = new java.util.ArrayList<>(pool);
            java.util.Collections.shuffle(audience, new java.util.Random(seed));
            audience = audience.subList(0, 240 + (int) Math.floorMod(seed, 100L));
            importFile(SampleRegistrants.registrantFile(audience, event.start(), seed),
                    file -> imports.commit(file, event.id(), ImportOptions.defaults(), Progress.NONE).written());
            if (event.status() == EventStatus.CONCLUDED) {
                importFile(SampleRegistrants.attendanceFile(audience, event.minutes(), seed + 1),
                        file -> attendance.reconcile(file, event.id(), ImportOptions.defaults(), Progress.NONE)
                                .written());
            }
        }
        suppressions.add(pool.get(7).email() + "\n" + pool.get(19).email(),
                Phrase.of("sample.suppressionReason").in(language));
    }

    private static void importFile(String text, java.util.function.Predicate<java.nio.file.Path> importer) {
        java.nio.file.Path file = null;
        try {
            file = java.nio.file.Files.createTempFile("podium-sample-", ".csv");
            java.nio.file.Files.writeString(file, text, java.nio.charset.StandardCharsets.UTF_8);
            if (!importer.test(file)) {
                throw new IllegalStateException("the sample registrants could not be imported");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the sample registrants could not be written to a temporary file", e);
        } finally {
            if (file != null) {
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (IOException e) {
                    // A leftover temporary file in the system's temp folder is harmless.
                }
            }
        }
    }

    private Event addEvent(SampleEvent e, long seriesId, Map<String, Long> orgIds, Map<String, Long> personIds) {
        Event event = stores.events().insert(Event.builder(e.title, LocalDateTime.parse(e.start), ZoneId.of(e.zone), e.minutes)
                .uid(e.uid).subtitle(e.subtitle).secondTitle(e.secondTitle)
                .kind(EventKind.valueOf(e.kind)).status(EventStatus.valueOf(e.status))
                .seriesId(seriesId).platform(e.platform).isPublic(e.isPublic).recorded(e.recorded)
                .description(e.description)
                .organisers(e.organisers.stream()
                        .map(o -> new Organiser(orgIds.get(o.organisation), OrganiserRole.valueOf(o.role)))
                        .toList())
                .sdgs(Set.copyOf(e.sdgs))
                .build());
        int order = 0;
        for (SampleSeat s : e.seats) {
            stores.panel().insert(new PanelSeat(0, event.id(), personIds.get(s.person), SeatRole.valueOf(s.role),
                    SeatState.valueOf(s.state), order++, true, true));
        }
        int position = 0;
        for (SampleAgendaItem a : e.agenda) {
            stores.agenda().insert(new AgendaItem(0, event.id(), position++, a.title, a.minutes,
                    a.speakers.stream().map(personIds::get).toList(), ""));
        }
        return event;
    }

    private static Sample read() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = SampleDataService.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample data " + RESOURCE + " is missing from the build");
            }
            return mapper.readValue(in, Sample.class);
        } catch (IOException e) {
            throw new UncheckedIOException("the sample data cannot be read", e);
        }
    }

    // The shape of admin4all.json; public fields because Jackson fills them and nothing else sees them.
    static final class Sample {
        public SampleSeries series;
        public List<SampleOrganisation> organisations;
        public List<SamplePerson> people;
        public List<SampleEvent> events;
    }

    static final class SampleSeries {
        public String name;
        public String description;
        public String funder;
    }

    static final class SampleOrganisation {
        public String key;
        public String name;
        public String shortName;
        public String kind;
        public String city;
        public String country;
    }

    static final class SamplePerson {
        public String key;
        public String firstName;
        public String lastName;
        public String organisation;
        public String position;
    }

    static final class SampleEvent {
        public String uid;
        public String title;
        public String subtitle;
        public String secondTitle;
        public String kind;
        public String status;
        public String start;
        public String zone;
        public int minutes;
        public String platform;
        @com.fasterxml.jackson.annotation.JsonProperty("public")
        public boolean isPublic;
        public boolean recorded;
        public String description;
        public List<SampleOrganiser> organisers;
        public List<Integer> sdgs;
        public List<SampleSeat> seats;
        public List<SampleAgendaItem> agenda;
    }

    static final class SampleOrganiser {
        public String organisation;
        public String role;
    }

    static final class SampleSeat {
        public String person;
        public String role;
        public String state;
    }

    static final class SampleAgendaItem {
        public String title;
        public int minutes;
        public List<String> speakers;
    }
}
