package org.podium.service.export;

import org.podium.service.common.FileWriteException;
import org.podium.service.common.NotFoundException;
import org.podium.service.common.Progress;
import org.podium.service.common.SafeFiles;
import org.podium.service.events.EventService;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.podium.domain.Event;
import org.podium.domain.ExportDestination;
import org.podium.exchange.csv.CsvExportWriter;
import org.podium.exchange.csv.ExportProfile;
import org.podium.store.ExportSource;

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
    private final ExportSource store;
    private final SafeFiles files;

    public ExportService(EventService events, ExportSource store, SafeFiles files) {
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
     * written, and the checks of the whole file.
     *
     * @throws NotFoundException for an event id that does not exist (or is in the trash)
     */
    public ExportPreview preview(ExportRequest request, int limit, Progress progress) {
        ExportProfile profile = ExportProfile.of(request.destination());
        Map<Long, ExportRun.EventTag> tags = tags(request);
        ExportRun run = ExportRun.preview(request, profile, tags, limit, progress);
        ExportSummary summary = run.summary(store.stream(filter(request, tags), run.fields(), run));
        return new ExportPreview(profile.header(), run.firstRows(), summary);
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
        files.write(file, out -> {
            CsvExportWriter header = new CsvExportWriter(out, profile);
            header.writeHeader();
            header.flush();
            ExportRun run = ExportRun.toFile(request, profile, tags, out, progress);
            summary[0] = run.summary(unwrapped(() -> store.stream(filter(request, tags), run.fields(), run)));
        });
        return summary[0];
    }

    /** A store read whose rows went to the file: a failed write comes back as the IOException it was. */
    private static ExportSource.Tally unwrapped(Supplier<ExportSource.Tally> read) throws IOException {
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

    /** What the book filters by, the events oldest first. */
    private static ExportSource.Filter filter(ExportRequest request, Map<Long, ExportRun.EventTag> tags) {
        List<Long> oldestFirst = request.eventIds().stream()
                .sorted(Comparator.comparingInt(id -> tags.get(id).recency())).toList();
        return new ExportSource.Filter(oldestFirst, request.statuses(), !request.includeWithoutConsent());
    }
}
