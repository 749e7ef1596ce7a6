package org.podium.service.importing;

import org.podium.service.common.CancelledException;
import org.podium.service.common.NotFoundException;
import org.podium.service.common.Progress;
import org.podium.service.privacy.ErasedAddresses;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.podium.domain.Emails;
import org.podium.domain.Event;
import org.podium.domain.Phrase;
import org.podium.domain.RegistrantField;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.Waitlist;
import org.podium.exchange.csv.ByteSource;
import org.podium.exchange.csv.CsvReadException;
import org.podium.exchange.csv.DateOrder;
import org.podium.exchange.csv.FileLayout;
import org.podium.exchange.csv.ReadRow;
import org.podium.exchange.csv.RowReader;
import org.podium.store.RegistrationWriter;
import org.podium.store.RegistrationWriter.Incoming;
import org.podium.store.Stores;

/**
 * Imports a registrant file into an event: first a {@link #preview} that reads the whole file
 * and writes nothing, then {@link #commit}, which reads it again and writes it in one
 * transaction — all of it or, on a problem, a cancel or a crash, none of it.
 * <p>
 * Rules: an address is matched ignoring case and surrounding spaces; when a file gives an
 * address twice the first row is kept and later ones are counted as duplicates (when the rows
 * spell it differently, "Ana@X.org" and "ana@x.org", the kept row takes the lower-cased
 * normalised spelling, so which row came first does not decide how it is written); an address the
 * event already has is left as it is, or with {@code update} given the file's non-empty values
 * (from a Podium full export, every value: the registrant becomes the one the file holds);
 * new registrants beyond the event's capacity are waitlisted, in file order. Suppressed
 * addresses are imported like any other: suppression governs exports, not the registrant list;
 * but an address erased on request is never imported again: its rows are left out and counted.
 */
public final class RegistrationImportService {
    private static final int PROGRESS_EVERY = 2_000;
    private static final int EXISTING_BATCH = 500;
    /** A rough size of a registrant row, to guess a file's rows from its bytes. */
    private static final long BYTES_PER_ROW = 100;

    private final Stores stores;

    public RegistrationImportService(Stores stores) {
        this.stores = stores;
    }

    /** {@link #preview(Path, long, ImportOptions, Progress)} without progress. */
    public ImportPreview preview(Path file, long eventId, ImportOptions options) {
        return preview(file, eventId, options, Progress.NONE);
    }

    /**
     * Reads the whole file and tells what importing it into the event would do, writing
     * nothing. Progress is in bytes of the file; cancelling throws {@link CancelledException}.
     * An event that does not exist is {@link NotFoundException}.
     */
    public ImportPreview preview(Path file, long eventId, ImportOptions options, Progress progress) {
        Event event = event(eventId);
        DetectedFile detected = DetectedFile.of(file, options);
        if (detected.failed()) {
            return new ImportPreview(file, null, "", null, "", "", 0, List.of(), List.of(), List.of(detected.problem()),
                    1, 0, 0, 0, 0, 0, 0);
        }
        ByteSource source = detected.source();
        FileLayout layout = detected.layout();
        List<ImportPreview.Column> columns = columns(layout, options);
        ProblemList problems = new ProblemList();
        PreviewScan scan = new PreviewScan(event, layout, source.name(), options.update());
        if (options.mapping().isEmpty() || options.mapping().size() == layout.header().size()) {
            scan.run(source, columns.stream().map(ImportPreview.Column::field).toList(), problems, progress);
        } else {
            problems.add(mappingMismatch(layout, options));
        }
        return new ImportPreview(file, layout.format(), layout.encoding().label(), layout.encoding().notice(),
                layout.delimiterName(), dateOrder(layout), layout.headerLine(), columns, scan.shown, problems.all(),
                problems.errorRows(), problems.noticeCount(), scan.dataRows, scan.validRows, scan.duplicates,
                scan.existing, scan.erasedSkipped);
    }

    /**
     * Imports the file into the event in one transaction and says what it did. Nothing is
     * written when the file has a file-level problem or no rows, when a row has a problem and
     * {@code skipInvalid} is off, or on a dry run; the summary then tells what would have
     * happened and {@link ImportSummary#written()} is false. Progress is in bytes of the file;
     * cancelling rolls everything back and throws {@link CancelledException}.
     */
    public ImportSummary commit(Path file, long eventId, ImportOptions options, Progress progress) {
        Event event = event(eventId);
        DetectedFile detected = DetectedFile.of(file, options);
        ByteSource source = detected.source();
        if (detected.failed()) {
            return failed(source.name(), null, detected.problem(), options);
        }
        FileLayout layout = detected.layout();
        if (!options.mapping().isEmpty() && options.mapping().size() != layout.header().size()) {
            return failed(source.name(), layout, mappingMismatch(layout, options), options);
        }
        List<RegistrantField> mapping = options.mapping().isEmpty() ? layout.mapping() : options.mapping();
        return stores.registrationImports().inTransaction(
                () -> write(source, layout, mapping, event, options, progress), ImportSummary::written);
    }

    private ImportSummary write(ByteSource source, FileLayout layout, List<RegistrantField> mapping, Event event,
                                ImportOptions options, Progress progress) {
        stores.registrationImports().holdEvent(event.id());
        long addedAfter = stores.registrationImports().maxId();
        long size = source.size();
        Instant now = stores.clock().instant();
        ProblemList problems = new ProblemList();
        if (layout.encoding().hasNotice()) {
            problems.add(ImportProblem.notice(0, layout.encoding().notice()));
        }
        Routing routing = new Routing(event, options.update(), problems);
        ErasedAddresses erased = ErasedAddresses.in(stores);
        String consentSource = RegistrationFromRow.consentSource(layout.format(), source.name());
        ReadCounts counts = new ReadCounts();
        try (RowReader reader = RowReader.open(source, layout, mapping, event.zone(), true);
             RowPipeline<Incoming> rows = new RowPipeline<>(reader, RegistrationWriter.BATCH, (r, batch) -> {
                 counts.read++;
                 problems.addAll(r.problems());
                 if (r.isValid()) {
                     Incoming incoming = RegistrationFromRow.incoming(r.line(), r.row(), event.id(), layout.format(),
                             consentSource, now);
                     if (erased.containsKey(incoming.emailKey())) {
                         counts.erased++;
                         problems.add(erasedNotice(r.line()));
                     } else {
                         batch.accept(incoming);
                     }
                 } else {
                     counts.invalid++;
                 }
             });
             RegistrationWriter writer = stores.registrationImports().writer(event.id(), size / BYTES_PER_ROW,
                     routing.mayUpdate(), (email, line, first) -> {
                         problems.add(duplicate(line, email, first));
                         routing.repeatedSpelling(email);
                     })) {
            try {
                for (List<Incoming> batch = rows.next(); batch != null; batch = rows.next()) {
                    batch.forEach(row -> routing.route(row, writer));
                    checkpoint(progress, rows.bytesRead(), size, "The import was cancelled; nothing was written.");
                }
                writer.finish();
                stores.registrationImports().spellAsKey(event.id(), routing.repeatedSpellings);
            } catch (RuntimeException e) {
                writer.abandon();
                throw e;
            }
            routing.count(writer);
        } catch (CsvReadException e) {
            problems.add(ImportProblem.of(e.problem()));
        }
        // The reading thread has ended (the pipeline is closed), so its counts are final and visible.
        long read = counts.read;
        if (read == 0 && !problems.hasFileProblem()) {
            problems.add(noRows(layout));
        }
        boolean complete = !problems.hasFileProblem() && (problems.errorCount() == 0 || options.skipInvalid());
        long waitlisted = complete ? applyCapacity(event, addedAfter) : 0;
        progress.update(Math.max(size, 0), Math.max(size, 0));
        return new ImportSummary(source.name(), layout.format(), read, routing.inserted, routing.updated,
                routing.unchanged, counts.invalid, routing.repeated, counts.erased, waitlisted, problems.errors(),
                problems.errorCount(), problems.notices(), problems.noticeCount(), options.dryRun(),
                complete && !options.dryRun());
    }

    /** What the reading thread counts: rows read, rows not valid, rows of addresses erased on request. */
    private static final class ReadCounts {
        private long read;
        private long invalid;
        private long erased;
    }

    /**
     * Sends each row where it belongs. The event's addresses are loaded first (for a new event,
     * none): the first row with one of them is that registrant, updated or left alone, and any
     * later row with it repeats it. Every other row is a new address for the writer, which
     * finds repeats among those itself.
     */
    private final class Routing {
        private final AddressLines existing = new AddressLines();
        private final boolean update;
        private final ProblemList problems;
        private long kept;
        private long repeatedExisting;
        private long inserted;
        private long updated;
        private long unchanged;
        private long repeated;
        /** Each repeated address as the repeat spelled it: where the kept row spells it otherwise, the key wins. */
        private final List<String> repeatedSpellings = new java.util.ArrayList<>();

        Routing(Event event, boolean update, ProblemList problems) {
            this.update = update;
            this.problems = problems;
            stores.registrationImports().forEachAddress(event.id(), key -> existing.putIfAbsent(key, 0));
        }

        boolean mayUpdate() {
            return update && existing.size() > 0;
        }

        void route(Incoming row, RegistrationWriter writer) {
            long first = existing.size() == 0 ? -1 : existing.get(row.emailKey());
            if (first < 0) {
                writer.add(row);
            } else if (first == 0) {
                existing.replace(row.emailKey(), row.line());
                if (update) {
                    writer.update(row);
                } else {
                    kept++;
                }
            } else {
                repeatedExisting++;
                problems.add(duplicate(row.line(), row.registration().email(), first));
                repeatedSpelling(row.registration().email());
            }
        }

        void repeatedSpelling(String email) {
            repeatedSpellings.add(email);
        }

        void count(RegistrationWriter writer) {
            inserted = writer.inserted();
            updated = writer.updated();
            unchanged = writer.unchanged() + kept;
            repeated = writer.repeated() + repeatedExisting;
        }
    }

    /** Waitlists the new registrants past the event's free seats; returns how many. */
    private long applyCapacity(Event event, long addedAfter) {
        if (event.capacity() == null) {
            return 0;
        }
        long held = stores.registrationImports().countUpTo(event.id(), addedAfter, Waitlist.HOLDS_A_SEAT);
        long free = Waitlist.seatsFree(held, event.capacity(), Long.MAX_VALUE);
        return stores.registrationImports().waitlistAddedAfter(event.id(), addedAfter, Waitlist.HOLDS_A_SEAT, free);
    }

    private static boolean isDuplicate(AddressLines seen, ReadRow r, ProblemList problems) {
        long first = seen.putIfAbsent(Emails.normalise(r.row().email()), r.line());
        if (first < 0) {
            return false;
        }
        problems.add(duplicate(r.line(), r.row().email(), first));
        return true;
    }

    /** The notice for a row left out because its address was erased on request (the address is not repeated). */
    static ImportProblem erasedNotice(long line) {
        return ImportProblem.notice(line, Phrase.of("problem.notice.erased"));
    }

    /** The notice for a repeated address; {@code first} is the line of the kept row, when known. */
    private static ImportProblem duplicate(long line, String email, long first) {
        return ImportProblem.notice(line, first > 0 ? Phrase.of("problem.notice.repeated", email, first)
                : Phrase.of("problem.notice.repeatedEarlier", email));
    }

    static void checkpoint(Progress progress, long done, long total, String cancelled) {
        progress.checkpoint(done, total, cancelled);
    }

    private Event event(long eventId) {
        return stores.events().find(eventId)
                .orElseThrow(() -> new NotFoundException("There is no event " + eventId + "."));
    }

    private static ImportProblem noRows(FileLayout layout) {
        return ImportProblem.file(layout.headerLine() + 1, "problem.file.noRows", layout.headerLine());
    }

    private static ImportProblem mappingMismatch(FileLayout layout, ImportOptions options) {
        return ImportProblem.file(layout.headerLine(), "problem.file.mappingMismatch", options.mapping().size(),
                layout.header().size());
    }

    private static ImportSummary failed(String name, FileLayout layout, ImportProblem problem, ImportOptions options) {
        return new ImportSummary(name, layout == null ? null : layout.format(), 0, 0, 0, 0, 0, 0, 0, 0,
                List.of(problem), 1, List.of(), 0, options.dryRun(), false);
    }

    private static List<ImportPreview.Column> columns(FileLayout layout, ImportOptions options) {
        boolean override = options.mapping().size() == layout.header().size();
        List<ImportPreview.Column> columns = new ArrayList<>();
        for (int i = 0; i < layout.header().size(); i++) {
            RegistrantField detected = layout.mapping().get(i);
            columns.add(new ImportPreview.Column(i, layout.header().get(i),
                    override ? options.mapping().get(i) : detected, detected));
        }
        return columns;
    }

    private static String dateOrder(FileLayout layout) {
        return layout.dateOrder() == DateOrder.DAY_FIRST ? "day/month/year" : "month/day/year";
    }

    /** One reading of a file for a preview: counts, the first rows as stored, existing addresses. */
    private final class PreviewScan {
        private final Event event;
        private final FileLayout layout;
        private final String fileName;
        private final boolean update;
        private final Instant now = stores.clock().instant();
        private final List<ImportPreview.PreviewRow> shown = new ArrayList<>();
        private final List<String> pendingKeys = new ArrayList<>();
        private long seatsTaken;
        private long dataRows;
        private long validRows;
        private long duplicates;
        private long existing;
        private long erasedSkipped;
        private final ErasedAddresses erased = ErasedAddresses.in(stores);

        PreviewScan(Event event, FileLayout layout, String fileName, boolean update) {
            this.event = event;
            this.layout = layout;
            this.fileName = fileName;
            this.update = update;
        }

        void run(ByteSource source, List<RegistrantField> mapping, ProblemList problems, Progress progress) {
            seatsTaken = stores.registrationImports().count(event.id(), Waitlist.HOLDS_A_SEAT);
            AddressLines seen = new AddressLines();
            try (RowReader reader = RowReader.open(source, layout, mapping, event.zone(), true)) {
                for (ReadRow r = reader.next(); r != null; r = reader.next()) {
                    dataRows++;
                    problems.addAll(r.problems());
                    if (r.isValid()) {
                        validRows++;
                        if (erased.containsKey(Emails.normalise(r.row().email()))) {
                            erasedSkipped++;
                            problems.add(erasedNotice(r.line()));
                        } else if (isDuplicate(seen, r, problems)) {
                            duplicates++;
                        } else {
                            add(r);
                        }
                    }
                    if (dataRows % PROGRESS_EVERY == 0) {
                        checkpoint(progress, reader.bytesRead(), source.size(), "The preview was cancelled.");
                    }
                }
            } catch (CsvReadException e) {
                problems.add(ImportProblem.of(e.problem()));
            }
            countExisting();
            if (dataRows == 0 && !problems.hasFileProblem()) {
                problems.add(noRows(layout));
            }
        }

        private void add(ReadRow r) {
            pendingKeys.add(Emails.normalise(r.row().email()));
            if (pendingKeys.size() == EXISTING_BATCH) {
                countExisting();
            }
            if (shown.size() < ImportPreview.ROWS_SHOWN) {
                shown.add(asStored(r));
            }
        }

        private void countExisting() {
            existing += stores.registrationImports().countExisting(event.id(), pendingKeys);
            pendingKeys.clear();
        }

        /** The row as the import would store it, with the capacity rule applied in file order. */
        private ImportPreview.PreviewRow asStored(ReadRow r) {
            Incoming incoming = RegistrationFromRow.incoming(r.line(), r.row(), event.id(), layout.format(),
                    RegistrationFromRow.consentSource(layout.format(), fileName), now);
            Optional<Registration> stored = stores.registrationImports().find(event.id(), r.row().email());
            if (stored.isPresent()) {
                Registration merged = update ? RegistrationFromRow.merged(stored.get(), incoming) : stored.get();
                return new ImportPreview.PreviewRow(r.line(), merged,
                        merged.equals(stored.get()) ? ImportPreview.Outcome.KEEP : ImportPreview.Outcome.UPDATE);
            }
            Registration added = incoming.registration();
            if (added.status() == RegistrationStatus.REGISTERED) {
                RegistrationStatus status = Waitlist.statusForNew(seatsTaken, event.capacity());
                added = RegistrationFromRow.withStatus(added, status);
            }
            if (Waitlist.HOLDS_A_SEAT.contains(added.status())) {
                seatsTaken++;
            }
            return new ImportPreview.PreviewRow(r.line(), added, ImportPreview.Outcome.ADD);
        }
    }
}
