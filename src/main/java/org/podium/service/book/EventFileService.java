package org.podium.service.book;

import org.podium.service.common.AppInfo;
import org.podium.service.common.FileRefusedException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.podium.domain.AgendaItem;
import org.podium.domain.Emails;
import org.podium.domain.Event;
import org.podium.domain.Organisation;
import org.podium.domain.Organiser;
import org.podium.domain.PanelSeat;
import org.podium.domain.Registration;
import org.podium.exchange.csv.ByteSource;
import org.podium.exchange.csv.CsvReadException;
import org.podium.exchange.csv.EncodingDetector;
import org.podium.exchange.json.EventFile;
import org.podium.domain.Phrase;
import org.podium.exchange.json.EventFileException;
import org.podium.exchange.json.EventFileReader;
import org.podium.exchange.json.EventFileWriter;
import org.podium.service.privacy.ErasedAddresses;
import org.podium.service.documents.DocumentSources;
import org.podium.store.Stores;

/**
 * Carries one event between books as a versioned JSON file: saving gathers the event with its
 * series, organisers, panel, agenda and (if asked) registrants; opening reads and checks the
 * whole file first, then merges it in one transaction — organisations matched by name, people
 * by email else by name, the event by its calendar UID — and reports what was added and what
 * updated. The merging itself is {@link EventFileMerge}.
 */
public final class EventFileService {
    private final DocumentSources sources;
    private final Stores stores;

    public EventFileService(DocumentSources sources, Stores stores) {
        this.sources = sources;
        this.stores = stores;
    }

    /** What a saved file holds. */
    public record Saved(Path file, String title, int people, int seats, int agendaItems, Optional<Integer> registrants) {
    }

    /** How many records of one kind an import added, updated, left as they were, or removed. */
    public record Counts(int added, int updated, int unchanged, int removed) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);
    }

    /** What opening a file did to the book. */
    public record Imported(long eventId, String title, boolean eventAdded, boolean eventUpdated,
                           boolean restoredFromTrash, Counts organisations, Counts people, Counts seats,
                           Counts agenda, Optional<Counts> registrants, int skippedAsErased) {
    }

    /** Saves the live event as an event file; registrants only if asked. */
    public Saved export(long eventId, boolean withRegistrants, Path file) {
        EventFile content = fileOf(eventId, withRegistrants);
        Path saved = sources.files().write(file, out -> EventFileWriter.write(content, sources.clock().instant(),
                "Podium " + AppInfo.version(), out));
        return new Saved(saved, content.event().title(), content.people().size(),
                content.seats().size(), content.agenda().size(), content.registrants().map(List::size));
    }

    /** The event as a file would carry it. */
    public EventFile fileOf(long eventId, boolean withRegistrants) {
        Event event = sources.events().get(eventId);
        Map<Long, Organisation> orgs = stores.organisations().all().stream()
                .collect(Collectors.toMap(Organisation::id, o -> o, (a, b) -> a, LinkedHashMap::new));
        Map<Long, Organisation> used = new LinkedHashMap<>();
        List<EventFile.OrganiserLine> organisers = new ArrayList<>();
        for (Organiser o : event.organisers()) {
            Organisation organisation = orgs.get(o.organisationId());
            used.put(organisation.id(), organisation);
            organisers.add(new EventFile.OrganiserLine(organisation.name(), o.role()));
        }
        Map<Long, String> refs = new LinkedHashMap<>();
        List<EventFile.PersonEntry> entries = new ArrayList<>();
        List<PanelSeat> seats = stores.panel().forEvent(eventId);
        List<AgendaItem> items = stores.agenda().forEvent(eventId);
        List<Long> personIds = new ArrayList<>(seats.stream().map(PanelSeat::personId).toList());
        items.forEach(i -> personIds.addAll(i.speakerIds()));
        for (long personId : personIds) {
            if (refs.containsKey(personId)) {
                continue;
            }
            stores.people().find(personId).ifPresent(p -> {
                String ref = "p" + (refs.size() + 1);
                refs.put(personId, ref);
                Organisation organisation = p.organisationId() == null ? null : orgs.get(p.organisationId());
                if (organisation != null) {
                    used.put(organisation.id(), organisation);
                }
                entries.add(new EventFile.PersonEntry(ref, EventFileMerge.detached(p, 0L, null),
                        organisation == null ? "" : organisation.name()));
            });
        }
        List<EventFile.SeatEntry> seatEntries = seats.stream().filter(s -> refs.containsKey(s.personId()))
                .map(s -> new EventFile.SeatEntry(refs.get(s.personId()), new PanelSeat(0, 0, 0, s.role(), s.state(),
                        s.order(), s.techCheckDone(), s.consentToRecording())))
                .toList();
        List<EventFile.AgendaEntry> agendaEntries = items.stream()
                .map(i -> new EventFile.AgendaEntry(new AgendaItem(0, 0, i.position(), i.title(), i.minutes(), List.of(),
                        i.notes()), i.speakerIds().stream().filter(refs::containsKey).map(refs::get).toList()))
                .toList();
        Optional<List<Registration>> registrants = withRegistrants
                ? Optional.of(stores.registrations().forEvent(eventId).stream().map(r -> EventFileMerge.detached(r, 0))
                        .toList())
                : Optional.empty();
        return new EventFile(event.toBuilder().id(0).seriesId(null).organisers(List.of()).build(),
                Optional.ofNullable(event.seriesId()).flatMap(stores.series()::find).map(s -> s.withId(0)),
                organisers, List.copyOf(used.values()).stream().map(o -> o.withId(0)).toList(), entries, seatEntries,
                agendaEntries, registrants);
    }

    /**
     * Reads the whole file, refusing it with the path of the first bad field before anything is
     * written, then merges it into the book in one transaction.
     */
    public Imported importFile(Path file) {
        EventFile content = read(file);
        List<String> addresses = new ArrayList<>();
        content.people().forEach(p -> addresses.add(p.person().email()));
        content.registrants().ifPresent(list -> list.forEach(r -> addresses.add(r.email())));
        Set<String> erased = Set.copyOf(ErasedAddresses.in(stores).among(addresses));
        return stores.events().inTransaction(() -> new EventFileMerge(sources.events(), stores, erased).merge(content));
    }

    /**
     * Reads and checks an event file without storing anything.
     *
     * @throws FileRefusedException naming the file and the JSON path of the first bad field
     */
    public EventFile read(Path file) {
        Path source = file.toAbsolutePath().normalize();
        refuseBinary(source);
        try (InputStream in = Files.newInputStream(source)) {
            return EventFileReader.read(in);
        } catch (EventFileException e) {
            throw new FileRefusedException(Phrase.of("eventFile.at", source.toString(), e.phrase().orElseThrow()), e);
        } catch (NoSuchFileException e) {
            throw new FileRefusedException(Phrase.of("eventFile.noFile", source.toString()), e);
        } catch (IOException e) {
            throw new FileRefusedException(Phrase.of("eventFile.cannotRead", source.toString(), e.getMessage()), e);
        }
    }

    /** A file that is not text at all (a NUL byte, a workbook, a PDF) is refused as the registrant import refuses it. */
    private static void refuseBinary(Path source) {
        if (!Files.isRegularFile(source)) {
            return;
        }
        try {
            EncodingDetector.detect(ByteSource.of(source));
        } catch (CsvReadException e) {
            throw new FileRefusedException(Phrase.of("eventFile.notText", source.toString(), e.problem().phrase()), e);
        }
    }

    static String key(String text) {
        return Emails.normalise(text).toLowerCase(Locale.ROOT);
    }
}
