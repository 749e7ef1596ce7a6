package org.podium.cli.registrants;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.cli.common.BadInputException;
import org.podium.cli.common.Choices;
import org.podium.cli.common.EventJson;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.cli.common.LongCommand;
import org.podium.cli.common.OutputFile;
import org.podium.cli.common.Parse;
import org.podium.cli.common.ProgressLine;
import org.podium.domain.ExportDestination;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.Series;
import org.podium.service.Book;
import org.podium.service.events.EventSummary;
import org.podium.service.export.ExportRequest;
import org.podium.service.export.ExportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code podium registrants export}: writes the registrants of one or more events (or a whole
 * series) as a CSV for a mailing tool, contact book or spreadsheet, with the checks.
 */
@Command(name = "export", description = "Export registrants of events to a CSV for a mailing tool or spreadsheet.")
final class RegistrantsExportCommand extends LongCommand {
    @Option(names = "--event", split = ",", paramLabel = "ID",
            description = "Event id(s), comma-separated, as 'events list' shows them.")
    List<String> eventIds = new ArrayList<>();
    @Option(names = "--series", paramLabel = "NAME", description = "Every live event of this series (name or id).")
    String series;
    @Option(names = "--profile", required = true, paramLabel = "PROFILE", completionCandidates = Choices.Profiles.class,
            description = "${COMPLETION-CANDIDATES}.")
    String profile;
    @Mixin
    OutputFile output;
    @Option(names = "--status", defaultValue = "active", paramLabel = "STATUS[,STATUS…]",
            completionCandidates = Choices.RegistrantStatuses.class,
            description = "registered, waitlisted, attended, no-show, cancelled, or active (all but cancelled);"
                    + " default: active.")
    String status;
    @Option(names = "--include-without-consent",
            description = "Also people who did not agree to further mailings (suppressed addresses never).")
    boolean withoutConsent;
    @Option(names = "--include-role-addresses",
            description = "Keep role addresses such as info@ in mailing-tool files (they are left out by default).")
    boolean roleAddresses;

    @Override
    protected int run() {
        ExportDestination destination = Parse.choice("--profile", profile, ExportDestination.class);
        Set<RegistrationStatus> statuses = statuses(status);
        List<Long> ids = new ArrayList<>();
        for (String id : eventIds) {
            ids.add(Parse.id("--event", id));
        }
        if (ids.isEmpty() && series == null) {
            throw new BadInputException("--event: name at least one event id (or a whole --series)");
        }
        if (series != null) {
            ids.addAll(seriesEvents(book(), series));
        }
        ExportRequest request = new ExportRequest(ids, destination, statuses, withoutConsent, roleAddresses);
        ExportSummary s = book().export().export(request, output.path(), progress(ProgressLine.Unit.ROWS));
        print(out(), destination, request, s);
        return ExitCode.OK;
    }

    /** A comma-separated list of statuses; "active" stands for every status but cancelled. */
    static Set<RegistrationStatus> statuses(String text) {
        Set<RegistrationStatus> result = EnumSet.noneOf(RegistrationStatus.class);
        for (String part : text.split(",")) {
            if (part.strip().equalsIgnoreCase("active")) {
                result.addAll(ExportRequest.ACTIVE);
            } else if (!part.isBlank()) {
                result.add(Parse.choice("--status", part, RegistrationStatus.class));
            }
        }
        if (result.isEmpty()) {
            throw new BadInputException("--status: name at least one status (such as attended or no-show)");
        }
        return result;
    }

    private static List<Long> seriesEvents(Book book, String wanted) {
        Series found = book.events().series().stream()
                .filter(s -> s.name().equalsIgnoreCase(wanted.strip()) || String.valueOf(s.id()).equals(wanted.strip()))
                .findFirst()
                .orElseThrow(() -> new BadInputException("--series: there is no series '" + wanted + "' in " + book.name()));
        List<Long> ids = book.events().list().stream().map(EventSummary::event)
                .filter(e -> e.seriesId() != null && e.seriesId() == found.id()).map(e -> e.id()).toList();
        if (ids.isEmpty()) {
            throw new BadInputException("--series: the series '" + found.name() + "' has no events");
        }
        return ids;
    }

    private void print(PrintWriter out, ExportDestination destination, ExportRequest request, ExportSummary s) {
        Path file = output.path().toAbsolutePath().normalize();
        if (json()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file.toString());
            m.put("profile", EventJson.lower(destination));
            m.put("events", request.eventIds());
            m.put("total", s.total());
            m.put("written", s.written());
            m.put("excludedByStatus", s.excludedByStatus());
            m.put("excludedByConsent", s.excludedByConsent());
            m.put("excludedBySuppression", s.excludedBySuppression());
            m.put("invalidAddresses", s.invalidAddresses());
            m.put("roleAddresses", s.roleAddresses());
            m.put("excludedInvalid", s.excludedInvalid());
            m.put("excludedRole", s.excludedRole());
            m.put("duplicatesMerged", s.duplicatesMerged());
            m.put("neutralisedCells", s.neutralisedCells());
            Json.print(out, m);
            return;
        }
        out.println("Wrote " + s.written() + " registrant" + (s.written() == 1 ? "" : "s") + " to " + file
                + " (" + EventJson.lower(destination) + ").");
        out.println("Left out: " + s.excludedByStatus() + " by status, " + s.excludedByConsent() + " without consent, "
                + s.excludedBySuppression() + " suppressed, " + s.excludedInvalid() + " invalid and "
                + s.excludedRole() + " role addresses.");
        out.println("Merged " + s.duplicatesMerged() + " duplicate" + (s.duplicatesMerged() == 1 ? "" : "s")
                + "; neutralised " + s.neutralisedCells() + " cell" + (s.neutralisedCells() == 1 ? "" : "s")
                + " that a spreadsheet could run as a formula.");
        long keptInvalid = s.invalidAddresses() - s.excludedInvalid();
        long keptRole = s.roleAddresses() - s.excludedRole();
        if (keptInvalid + keptRole > 0) {
            out.println("Kept " + keptInvalid + " invalid and " + keptRole + " role addresses"
                    + (destination.isMailingTool() ? " as asked." : " (this profile keeps every row)."));
        }
    }
}
