package org.podium.service.importing;

import org.podium.service.common.NotFoundException;
import org.podium.service.common.Progress;
import org.podium.service.privacy.ErasedAddresses;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.podium.domain.Emails;
import org.podium.domain.Event;
import org.podium.domain.Phrase;
import org.podium.domain.RegistrantField;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;
import org.podium.exchange.csv.ByteSource;
import org.podium.exchange.csv.CsvReadException;
import org.podium.exchange.csv.FileLayout;
import org.podium.exchange.csv.ReadRow;
import org.podium.exchange.csv.RegistrantRow;
import org.podium.exchange.csv.RowReader;
import org.podium.store.RegistrationImportStore;
import org.podium.store.RegistrationWriter;
import org.podium.store.Stores;

/**
 * Reconciles an event's registrants with the attendance report its platform produced after
 * it: a Zoom attendee report, a Teams attendance report, or any file with an email and an
 * "attended" yes/no or minutes column. All in one transaction:
 * <ul>
 * <li>registrants present become ATTENDED, with their minutes summed over every time they
 *     joined (rounded to the nearest minute); waitlisted people who came are attended too;</li>
 * <li>registrants still REGISTERED who are absent become NO_SHOW;</li>
 * <li>CANCELLED registrants stay cancelled, and are counted if they came anyway;</li>
 * <li>people present who never registered are added as ATTENDED, with the report as their
 *     source; unregistered organisers and presenters are not;</li>
 * <li>registrants already ATTENDED but absent from this report (marked by hand, or by another
 *     report) keep their status, so reconciling two reports of one event loses nobody.</li>
 * </ul>
 * An address erased on request is left out of the reconciliation and counted, never added again.
 * Reconciling the same report twice gives the same result. The report's attendees are
 * gathered in memory before writing: an attendance report is as long as a meeting is large.
 */
public final class AttendanceService {
    private static final int PROGRESS_EVERY = 1_000;
    private static final Set<String> ORGANISER_ROLES = Set.of("organizer", "organiser", "coorganizer",
            "coorganiser", "presenter", "host", "cohost", "panelist", "panellist");

    private final Stores stores;

    public AttendanceService(Stores stores) {
        this.stores = stores;
    }

    /** Someone the report shows, with every row of theirs added up. */
    private static final class Attendee {
        private final RegistrantRow first;
        private final long line;
        private Duration time = Duration.ZERO;
        private boolean present;
        private Instant joinedAt;

        Attendee(RegistrantRow first, long line) {
            this.first = first;
            this.line = line;
        }

        void add(RegistrantRow row) {
            if (row.timeInSession() != null) {
                time = time.plus(row.timeInSession());
            }
            boolean here = !Boolean.FALSE.equals(row.attended()) && (row.timeInSession() == null
                    || !row.timeInSession().isZero() || Boolean.TRUE.equals(row.attended()));
            present |= here;
            if (row.joinedAt() != null && (joinedAt == null || row.joinedAt().isBefore(joinedAt))) {
                joinedAt = row.joinedAt();
            }
        }

        int minutes() {
            return (int) Math.min(Integer.MAX_VALUE, (time.getSeconds() + 30) / 60);
        }
    }

    /**
     * Reads the report and reconciles the event with it, saying what it did. {@code options}
     * gives the format, a column mapping, whether to skip bad rows and whether this is a dry
     * run; its {@code update} has no meaning here. Nothing is written when the report has a
     * file-level problem or no rows (an empty report must not make everyone a no-show), when a
     * row has a problem and bad rows are not skipped, or on a dry run.
     */
    public AttendanceSummary reconcile(Path file, long eventId, ImportOptions options, Progress progress) {
        Event event = stores.events().find(eventId)
                .orElseThrow(() -> new NotFoundException("There is no event " + eventId + "."));
        DetectedFile detected = DetectedFile.of(file, options);
        ByteSource source = detected.source();
        ProblemList problems = new ProblemList();
        if (detected.failed()) {
            problems.add(detected.problem());
            return summary(source.name(), null, new Tally(), problems, options, false);
        }
        FileLayout layout = detected.layout();
        Tally tally = new Tally();
        Map<String, Attendee> attendees = read(source, layout, event, options, problems, tally, progress);
        if (tally.rows == 0 && !problems.hasFileProblem()) {
            problems.add(ImportProblem.file(layout.headerLine() + 1, "problem.file.noOneToMark", layout.headerLine()));
        }
        if (problems.hasFileProblem()) {
            // Marking against a report read only in part would make its missing people no-shows.
            return summary(source.name(), layout.format(), tally, problems, options, false);
        }
        boolean complete = problems.errorCount() == 0 || options.skipInvalid();
        return stores.registrationImports().inTransaction(() -> {
            apply(event, layout, source.name(), attendees, tally);
            return summary(source.name(), layout.format(), tally, problems, options, complete);
        }, AttendanceSummary::written);
    }

    /** Counts of what the report holds and what reconciling did. */
    private static final class Tally {
        private long rows;
        private long attended;
        private long noShow;
        private long unregistered;
        private long cancelledPresent;
        private long organisersIgnored;
        private long withoutEmail;
        private long erasedSkipped;
    }

    private Map<String, Attendee> read(ByteSource source, FileLayout layout, Event event, ImportOptions options,
                                       ProblemList problems, Tally tally, Progress progress) {
        Map<String, Attendee> attendees = new LinkedHashMap<>();
        List<RegistrantField> mapping = options.mapping().size() == layout.header().size() ? options.mapping() : null;
        ErasedAddresses erased = ErasedAddresses.in(stores);
        try (RowReader reader = RowReader.open(source, layout, mapping, event.zone(), false)) {
            for (ReadRow r = reader.next(); r != null; r = reader.next()) {
                tally.rows++;
                problems.addAll(r.problems());
                if (r.isValid() && r.row().email().isEmpty()) {
                    tally.withoutEmail++;
                    String name = (r.row().firstName() + " " + r.row().lastName()).strip();
                    problems.add(ImportProblem.notice(r.line(), name.isEmpty()
                            ? Phrase.of("problem.notice.rowWithoutEmail")
                            : Phrase.of("problem.notice.nameWithoutEmail", name)));
                } else if (r.isValid() && erased.isErased(r.row().email())) {
                    tally.erasedSkipped++;
                    problems.add(RegistrationImportService.erasedNotice(r.line()));
                } else if (r.isValid()) {
                    RegistrantRow row = r.row();
                    long line = r.line();
                    attendees.computeIfAbsent(Emails.normalise(row.email()), k -> new Attendee(row, line)).add(row);
                }
                if (tally.rows % PROGRESS_EVERY == 0) {
                    RegistrationImportService.checkpoint(progress, reader.bytesRead(), source.size(),
                            "Reading the attendance report was cancelled; nothing was written.");
                }
            }
        } catch (CsvReadException e) {
            problems.add(ImportProblem.of(e.problem()));
        }
        return attendees;
    }

    private void apply(Event event, FileLayout layout, String fileName, Map<String, Attendee> attendees, Tally tally) {
        Instant now = stores.clock().instant();
        RegistrationImportStore registrations = stores.registrationImports();
        registrations.holdEvent(event.id());
        // The registered are marked first; the writer, which may hold the connection, adds the rest after.
        List<RegistrationWriter.Incoming> unregistered = new ArrayList<>();
        for (Attendee a : attendees.values()) {
            if (!a.present) {
                continue;
            }
            Optional<Registration> stored = registrations.find(event.id(), a.first.email());
            if (stored.isPresent() && stored.get().status() == RegistrationStatus.CANCELLED) {
                tally.cancelledPresent++;
            } else if (stored.isPresent()) {
                registrations.markAttended(stored.get().id(), a.minutes());
                tally.attended++;
            } else if (ORGANISER_ROLES.contains(a.first.role().toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^a-z]", ""))) {
                tally.organisersIgnored++;
            } else {
                unregistered.add(new RegistrationWriter.Incoming(a.line, unregistered(a, event, layout, fileName, now),
                        true, a.first.registeredAt() != null, a.first.consent() != null));
                tally.unregistered++;
            }
        }
        // Attendees are gathered by address and only unregistered ones are added: no repeats.
        try (RegistrationWriter writer = registrations.writer(event.id(), unregistered.size(), false,
                (email, line, first) -> { })) {
            unregistered.forEach(writer::add);
            writer.finish();
        }
        registrations.markNoShow(event.id(), RegistrationStatus.REGISTERED);
        tally.noShow = registrations.count(event.id(), List.of(RegistrationStatus.NO_SHOW));
    }

    /** An attendee who never registered, as the book keeps them: attended, from the report. */
    private static Registration unregistered(Attendee a, Event event, FileLayout layout, String fileName, Instant now) {
        RegistrantRow row = a.first;
        Registration r = RegistrationFromRow.incoming(a.line, row, event.id(), layout.format(),
                RegistrationFromRow.consentSource(layout.format(), fileName),
                a.joinedAt != null ? a.joinedAt : now).registration();
        return new Registration(0, r.eventId(), r.email(), r.firstName(), r.lastName(), r.organisation(),
                r.jobTitle(), r.city(), r.country(), r.language(), r.registeredAt(), r.source(),
                RegistrationStatus.ATTENDED, a.minutes(), r.consent(), r.consentAt(), r.consentSource(),
                r.customAnswers(), (r.notes() + (r.notes().isEmpty() ? "" : "\n") + "Attended without registering"
                        + " (from " + fileName + ", line " + a.line + ").").strip());
    }

    private static AttendanceSummary summary(String file, org.podium.domain.ReportFormat format, Tally t,
                                             ProblemList problems, ImportOptions options, boolean complete) {
        return new AttendanceSummary(file, format, t.rows, t.attended, t.noShow, t.unregistered, t.cancelledPresent,
                t.organisersIgnored, t.withoutEmail, t.erasedSkipped, problems.errors(), problems.errorCount(),
                problems.errorRows(), problems.notices(), problems.noticeCount(), options.dryRun(), complete && !options.dryRun());
    }
}
