package org.podium.service.export;

import org.podium.service.common.Progress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.Registration;
import org.podium.exchange.csv.ExportProfile;
import org.podium.store.RegistrationExportStore;

/**
 * One pass over the qualifying registrations of an export, as the store streams them in
 * address order: it merges each address's registrations into one row, leaves out addresses a
 * mailing tool cannot use, renders the row and counts what the checks report.
 */
final class ExportRun implements RegistrationExportStore.Sink {
    /** Where rendered rows go: a CSV file, or the preview's first rows. */
    @FunctionalInterface
    interface Rows {
        void write(String[] cells) throws IOException;
    }

    /** An event of the export: its tag and how recent it is among the chosen ones (higher is later). */
    record EventTag(String tag, int recency) {
    }

    private static final int REPORT_EVERY = 8_192;

    private final Map<Long, EventTag> events;
    private final Map<Long, List<String>> singleTags;
    private final ExportProgress progress;
    private final List<Registration> group = new ArrayList<>();
    private String groupKey;

    private final KeptRows kept;
    private long seen;
    private long duplicates;

    ExportRun(ExportRequest request, ExportProfile profile, Map<Long, EventTag> events, Rows rows, Progress progress) {
        this.kept = new KeptRows(request, profile, rows);
        this.events = events;
        this.singleTags = new HashMap<>();
        events.forEach((id, e) -> singleTags.put(id, List.of(e.tag())));
        this.progress = new ExportProgress(progress);
    }

    @Override
    public boolean wantsTotal() {
        return progress.followed();
    }

    @Override
    public void start(long registrations) {
        progress.start(registrations);
    }

    /** A null key (one event: every address is unique) makes each registration its own row. */
    @Override
    public void row(String emailKey, Registration registration) {
        if (!group.isEmpty() && (emailKey == null || !emailKey.equals(groupKey))) {
            flushGroup();
        }
        groupKey = emailKey;
        group.add(registration);
        if (++seen % REPORT_EVERY == 0) {
            // Left-out rows pass unseen, so this runs a little behind; it is only a progress bar.
            progress.reached(seen);
        }
    }

    /** Writes the last address and returns the checks, with how the store left rows out. */
    ExportSummary finish(RegistrationExportStore.Tally tally) {
        flushGroup();
        progress.finished();
        return kept.summary(tally, duplicates);
    }

    private void flushGroup() {
        if (group.isEmpty()) {
            return;
        }
        duplicates += group.size() - 1;
        Registration representative;
        List<String> tags;
        if (group.size() == 1) {
            representative = group.get(0);
            tags = singleTags.get(representative.eventId());
        } else {
            // Oldest event first for the tags; the latest registration speaks for the person.
            group.sort(Comparator.comparingInt(r -> events.get(r.eventId()).recency()));
            representative = group.get(group.size() - 1);
            tags = group.stream().map(r -> events.get(r.eventId()).tag()).distinct().toList();
        }
        group.clear();
        kept.write(representative, tags);
    }
}
