package org.podium.cli.registrants;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podium.cli.common.BadInputException;
import org.podium.cli.common.BookCommand;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.cli.common.LongCommand;
import org.podium.cli.common.OutputFile;
import org.podium.cli.common.Parse;
import org.podium.cli.common.ProgressLine;
import org.podium.service.Book;
import org.podium.service.privacy.PrivacyService;
import org.podium.service.privacy.RetentionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code podium privacy erase|export|retention}: the book's duties to the people in it. Erasing
 * does not ask first, as the window does, because scripts cannot answer: typing the address is
 * the confirmation, and {@code --dry-run} shows what would go.
 */
@Command(name = "privacy", description = "Erase a person, export what is held about them, apply retention.",
        subcommands = {PrivacyCommand.Erase.class, PrivacyCommand.Export.class, PrivacyCommand.Retention.class})
public final class PrivacyCommand {
    @Command(name = "erase", description = "Erase an address from every event, the directory and the trash, and suppress it.")
    static final class Erase extends LongCommand {
        @Parameters(paramLabel = "EMAIL")
        String email;
        @Option(names = "--dry-run", description = "Only list what would be erased.")
        boolean dryRun;

        @Override
        protected int run() {
            PrivacyService.ErasurePlan plan = book().privacy().plan(email);
            PrivacyService.Erasure done = dryRun ? null : book().privacy().erase(email, progress(ProgressLine.Unit.STEPS));
            if (json()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("email", plan.email());
                m.put("erased", !dryRun);
                m.put("registrations", plan.registrations().stream().map(e -> event(e)).toList());
                m.put("person", plan.person().map(p -> p.fullName()).orElse(null));
                m.put("seats", plan.seats().stream().map(e -> event(e)).toList());
                m.put("agendaItems", plan.agendaItems());
                m.put("otherMentions", plan.otherMentions());
                m.put("suppressed", dryRun ? plan.alreadySuppressed() : true);
                Json.print(out(), m);
                return ExitCode.OK;
            }
            out().println((dryRun ? "Would erase " : "Erased ") + plan.email() + ":");
            for (PrivacyService.EventLine e : plan.registrations()) {
                out().println("  registration for “" + e.title() + "”" + (e.inTrash() ? " (in the trash)" : ""));
            }
            plan.person().ifPresent(p -> out().println("  " + p.fullName() + " from the people directory"));
            for (PrivacyService.EventLine e : plan.seats()) {
                out().println("  their seat on the panel of “" + e.title() + "”");
            }
            for (String item : plan.agendaItems()) {
                out().println("  their place among the speakers of " + item);
            }
            if (plan.otherMentions() > 0) {
                out().println("  " + plan.otherMentions() + " mention(s) in other records' text, replaced by [erased]");
            }
            if (plan.holdsNothing()) {
                out().println("  nothing: the book holds no record of it");
            }
            if (done != null) {
                out().println("It is on the suppression list (“" + PrivacyService.ERASED_REASON
                        + "”), so it will not be mailed or imported again. Older backups still hold it until they are deleted.");
            } else {
                out().println("Nothing was changed; run without --dry-run to erase.");
            }
            return ExitCode.OK;
        }

        private static Map<String, Object> event(PrivacyService.EventLine e) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("title", e.title());
            m.put("inTrash", e.inTrash());
            return m;
        }
    }

    @Command(name = "export", description = "Save everything held about an address as JSON (a subject-access request).")
    static final class Export extends BookCommand {
        @Parameters(paramLabel = "EMAIL")
        String email;
        @Mixin
        OutputFile output;

        @Override
        protected int run() {
            var data = book().privacy().exportSubjectAccess(email, output.path());
            Path file = output.path().toAbsolutePath().normalize();
            return report(() -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", file.toString());
                m.put("email", data.email());
                m.put("person", data.person().isPresent());
                m.put("seats", data.seats().size());
                m.put("registrations", data.registrations().size());
                m.put("suppressed", data.suppression().isPresent());
                return m;
            }, "Saved everything held about " + data.email() + " to " + file + ": "
                    + (data.person().isPresent() ? "a directory entry, " : "")
                    + data.seats().size() + " seats, " + data.registrations().size() + " registrations"
                    + (data.suppression().isPresent() ? ", a suppression entry" : "") + ".");
        }
    }

    @Command(name = "retention", description = "Anonymise registrants of events that ended more than N months ago.")
    static final class Retention extends BookCommand {
        @Option(names = "--months", paramLabel = "N",
                description = "Months after an event (default: the book's rule). Series with their own rule keep it.")
        String months;
        @Option(names = "--apply", description = "Anonymise them; without it only the preview is shown.")
        boolean apply;

        @Override
        protected int run() {
            RetentionService.Rules rules = book().retention().rules();
            if (months != null) {
                rules = rules.withBookMonths(Parse.wholeNumber("months", months));
            } else if (rules.bookMonths().isEmpty() && rules.seriesMonths().isEmpty()) {
                throw new BadInputException("months: the book has no retention rule; give one with --months N");
            }
            List<RetentionService.Line> lines = apply ? book().retention().apply(rules) : book().retention().preview(rules);
            long total = lines.stream().mapToLong(RetentionService.Line::registrants).sum();
            if (json()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("applied", apply);
                m.put("bookMonths", rules.bookMonths().orElse(null));
                m.put("registrants", total);
                m.put("events", lines.stream().map(l -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("id", l.eventId());
                    e.put("title", l.title());
                    e.put("series", l.series());
                    e.put("ended", l.end().toString());
                    e.put("months", l.months());
                    e.put("registrants", l.registrants());
                    e.put("inTrash", l.inTrash());
                    return e;
                }).toList());
                Json.print(out(), m);
                return ExitCode.OK;
            }
            if (lines.isEmpty()) {
                out().println("No registrants are due for anonymisation.");
                return ExitCode.OK;
            }
            out().println((apply ? "Anonymised " : "Would anonymise ") + total + " registrants of " + lines.size()
                    + " events:");
            for (RetentionService.Line l : lines) {
                out().printf("  %6d  ended %s, %d-month rule  %s%s%n", l.registrants(), l.end().toString().substring(0, 10),
                        l.months(), l.title(), l.inTrash() ? " (in the trash)" : "");
            }
            if (!apply) {
                out().println("Nothing was changed; add --apply to anonymise them.");
            }
            return ExitCode.OK;
        }
    }
}
