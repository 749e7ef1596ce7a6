package org.podium.cli.registrants;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.cli.common.BadInputException;
import org.podium.cli.common.BookCommand;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.domain.Emails;
import org.podium.domain.Suppression;
import org.podium.service.Book;
import org.podium.service.common.FileReadException;
import org.podium.service.privacy.SuppressionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code podium suppression …}: the addresses never to export again. */
@Command(name = "suppression", description = "Addresses never to export again (unsubscribed or erased).",
        subcommands = {SuppressionCommand.Add.class, SuppressionCommand.ListAll.class, SuppressionCommand.Remove.class,
            SuppressionCommand.Import.class})
public final class SuppressionCommand {
    private static Map<String, Object> json(Suppression s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("email", s.email());
        m.put("reason", s.reason());
        m.put("since", s.since().toString());
        return m;
    }

    @Command(name = "add", description = "Suppress addresses; every argument must be an address.")
    static final class Add extends BookCommand {
        @Parameters(paramLabel = "EMAIL", arity = "1..*")
        List<String> emails;
        @Option(names = "--reason", defaultValue = "added on the command line", paramLabel = "TEXT")
        String reason;

        @Override
        protected int run() {
            List<String> invalid = emails.stream().filter(e -> !Emails.isValid(Emails.clean(e))).toList();
            if (!invalid.isEmpty()) {
                throw new BadInputException("EMAIL: " + Emails.problem(invalid.get(0)).in(Locale.ENGLISH)
                        + "; nothing was added");
            }
            SuppressionService.AddResult r = book().suppressions().add(String.join(" ", emails), reason);
            if (json()) {
                Json.print(out(), Map.of("added", r.added(), "alreadySuppressed", r.alreadySuppressed()));
            } else {
                out().println("Suppressed " + r.added().size() + " address" + (r.added().size() == 1 ? "" : "es")
                        + (r.alreadySuppressed().isEmpty() ? "." : "; already suppressed: "
                        + String.join(", ", r.alreadySuppressed()) + "."));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "List suppressed addresses.")
    static final class ListAll extends BookCommand {
        @Override
        protected int run() {
            List<Suppression> all = book().suppressions().list();
            if (json()) {
                Json.print(out(), all.stream().map(SuppressionCommand::json).toList());
                return ExitCode.OK;
            }
            if (all.isEmpty()) {
                out().println("No suppressed addresses in " + book().name() + ".");
            }
            for (Suppression s : all) {
                out().printf("%-40s  %s  %s%n", s.email(), s.since().toString().substring(0, 10), s.reason());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "remove", description = "Take addresses off the suppression list.")
    static final class Remove extends BookCommand {
        @Parameters(paramLabel = "EMAIL", arity = "1..*")
        List<String> emails;

        @Override
        protected int run() {
            int removed = book().suppressions().remove(emails).size();
            return report(() -> Map.of("removed", removed, "given", emails.size()), "Removed " + removed + " of "
                    + emails.size() + " address" + (emails.size() == 1 ? "" : "es") + " from the suppression list.");
        }
    }

    @Command(name = "import", description = "Suppress every address of a mailing tool's unsubscribe export"
            + " (Mailchimp, Brevo …): the address column is found by its header, any delimiter.")
    static final class Import extends BookCommand {
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Default: \"unsubscribed (FILE NAME)\".")
        String reason;

        @Override
        protected int run() {
            PrintWriter err = err();
            String why = reason != null ? reason : "unsubscribed (" + file.getFileName() + ")";
            SuppressionService.FileResult r;
            try {
                r = book().suppressions().importFile(file, why);
            } catch (FileReadException e) {
                throw new BadInputException(e.getMessage());
            }
            if (json()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("file", file.toAbsolutePath().normalize().toString());
                m.put("emailColumn", r.emailColumn());
                m.put("added", r.added());
                m.put("alreadySuppressed", r.alreadySuppressed());
                m.put("skipped", r.problems().stream()
                        .map(p -> Map.of("line", p.line(), "problem", p.text().in(Locale.ENGLISH))).toList());
                m.put("guessedEncoding", r.guessedEncoding());
                Json.print(out(), m);
            } else {
                if (!r.guessedEncoding().isEmpty()) {
                    err.println(file + " is not UTF-8, so it was read as " + r.guessedEncoding()
                            + ": check that accented letters in the reasons look right (suppression list).");
                }
                for (SuppressionService.LineProblem p : r.problems()) {
                    err.println(file + ", line " + p.line() + ": skipped: " + p.text().in(Locale.ENGLISH));
                }
                out().println("Suppressed " + r.added() + " new address" + (r.added() == 1 ? "" : "es") + " from "
                        + file.getFileName() + (r.emailColumn().isEmpty() ? "" : " (column '" + r.emailColumn() + "')")
                        + "; " + r.alreadySuppressed() + " already suppressed, " + r.problems().size()
                        + " line" + (r.problems().size() == 1 ? "" : "s") + " skipped.");
            }
            return ExitCode.OK;
        }
    }
}
