package org.podium.service.export;

import org.podium.service.common.FileWriteException;
import org.podium.service.common.NotFoundException;
import org.podium.service.common.Progress;
import org.podium.service.common.SafeFiles;
import org.podium.service.events.EventService;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.podium.domain.Event;
import org.podium.domain.ExportDestination;
import org.podium.exchange.csv.CsvExportWriter;
import org.podium.exchange.csv.ExportProfile;
import org.podium.exchange.csv.WrittenRows;
import org.podium.store.RegistrationExportStore;

/**
 * Registrant lists for mailing tools, contact books and spreadsheets, as the Export tab and
 * {@code registrants export} make them: filtered by status and consent, never with a
 * suppressed address, one row per address across events, formulas neutralised, and written
 * through a temporary file so a failure leaves no partial file.
 */
public final class ExportService {
    /** How many rows the preview shows. */
    public static final int PREVIEW_ROWS = 20;

    private final EventService events;
    private final RegistrationExportStore store;
    private final SafeFiles files;

    public ExportService(EventService events, RegistrationExportStore store, SafeFiles files) {
        this.events = events;
        this.store = store;
        this.files = files;
    }

    /** The column names a destination's file starts with. */
    public static List<String> header(ExportDestination destination) {
        return ExportProfile.of(destination).header();
    }

    /**
     * Runs the export without writing: the first {@code limit} rows exactly as they will be
     * written, and the checks of the whole file. An export that would be written from SQLite's
     * bytes is previewed that way too, its first rows read back from the bytes.
     *
     * @throws NotFoundException for an event id that does not exist (or is in the trash)
     */
    public ExportPreview preview(ExportRequest request, int limit, Progress progress) {
        ExportProfile profile = ExportProfile.of(request.destination());
        Map<Long, ExportRun.EventTag> tags = tags(request);
        Optional<ExportProfile.AfterNames> after = namesOnly(request, profile, tags);
        if (after.isEmpty()) {
            return generalPreview(request, profile, tags, limit, progress);
        }
        WrittenRows first = new WrittenRows(profile, limit);
        NameExport names = nameExport(request, profile, tags, after.get(), first, progress);
        ExportSummary summary = names.summary(store.readNames(filter(request), names));
        return new ExportPreview(profile.header(), first.rows(), summary);
    }

    /** The preview made from registrations whatever the layout: what the export from bytes must match. */
    ExportPreview generalPreview(ExportRequest request, int limit, Progress progress) {
        return generalPreview(request, ExportProfile.of(request.destination()), tags(request), limit, progress);
    }

    private ExportPreview generalPreview(ExportRequest request, ExportProfile profile,
                                         Map<Long, ExportRun.EventTag> tags, int limit, Progress progress) {
        List<List<String>> first = new ArrayList<>();
        ExportRun run = new ExportRun(request, profile, tags, cells -> {
            if (first.size() < limit) {
                first.add(List.of(Arrays.copyOf(cells, cells.length)));
            }
        }, progress);
        RegistrationExportStore.Tally tally = store.read(filter(request), fields(profile), run);
        return new ExportPreview(profile.header(), first, run.finish(tally));
    }

    /**
     * Writes the export to {@code file}, replacing it only once the whole file is written.
     * Unknown events and a folder that does not exist are refused before any work is done.
     *
     * @throws NotFoundException for an event id that does not exist (or is in the trash)
     * @throws FileWriteException when the file cannot be written; the message names it and why
     * @throws ExportCancelledException when {@code progress} asked to stop; no file was written
     */
    public ExportSummary export(ExportRequest request, Path file, Progress progress) {
        ExportProfile profile = ExportProfile.of(request.destination());
        Map<Long, ExportRun.EventTag> tags = tags(request);
        files.check(file);
        ExportSummary[] summary = new ExportSummary[1];
        Optional<ExportProfile.AfterNames> after = namesOnly(request, profile, tags);
        files.write(file, out -> {
            CsvExportWriter writer = new CsvExportWriter(out, profile);
            writer.writeHeader();
            if (after.isPresent()) {
                writer.flush();
                NameExport names = nameExport(request, profile, tags, after.get(), out, progress);
                summary[0] = names.summary(unwrapped(() -> store.readNames(filter(request), names)));
                return;
            }
            ExportRun run = new ExportRun(request, profile, tags, writer::writeRow, progress);
            summary[0] = run.finish(unwrapped(() -> store.read(filter(request), fields(profile), run)));
            writer.flush();
        });
        return summary[0];
    }

    /**
     * For one event and a layout of address and names without a byte-order mark, the cells that
     * follow the names: such an export is written from SQLite's bytes ({@link NameExport}).
     */
    private static Optional<ExportProfile.AfterNames> namesOnly(ExportRequest request, ExportProfile profile,
                                                               Map<Long, ExportRun.EventTag> tags) {
        if (request.eventIds().size() != 1 || profile.bom()) {
            return Optional.empty();
        }
        return profile.afterNames(List.of(tags.get(request.eventIds().get(0)).tag()));
    }

    private static NameExport nameExport(ExportRequest request, ExportProfile profile,
                                         Map<Long, ExportRun.EventTag> tags, ExportProfile.AfterNames after,
                                         OutputStream out, Progress progress) {
        return new NameExport(request, profile, tags.get(request.eventIds().get(0)).tag(), after, out, progress);
    }

    /** A store read whose rows went to the file: a failed write comes back as the IOException it was. */
    private static RegistrationExportStore.Tally unwrapped(Supplier<RegistrationExportStore.Tally> read)
            throws IOException {
        try {
            return read.get();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Each chosen event's tag and its place in time among them; unknown ids fail here. */
    private Map<Long, ExportRun.EventTag> tags(ExportRequest request) {
        List<Event> chosen = request.eventIds().stream().map(events::get)
                .sorted(Comparator.comparing(Event::startInstant).thenComparing(Event::id)).toList();
        Map<Long, ExportRun.EventTag> tags = new HashMap<>();
        for (int i = 0; i < chosen.size(); i++) {
            Event e = chosen.get(i);
            tags.put(e.id(), new ExportRun.EventTag(ExportProfile.tag(e.title(), e.start().toLocalDate()), i));
        }
        return tags;
    }

    private static RegistrationExportStore.Fields fields(ExportProfile profile) {
        if (profile.needsEveryField()) {
            return RegistrationExportStore.Fields.EVERY;
        }
        return profile.usesOnlyNames() ? RegistrationExportStore.Fields.NAMES : RegistrationExportStore.Fields.CONTACT;
    }

    private static RegistrationExportStore.Filter filter(ExportRequest request) {
        return new RegistrationExportStore.Filter(request.eventIds(), request.statuses(),
                !request.includeWithoutConsent());
    }
}
