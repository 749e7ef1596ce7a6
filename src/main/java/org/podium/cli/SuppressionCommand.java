package org.podium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.podium.domain.Emails;
import org.podium.domain.Suppression;
import org.podium.service.Book;
import org.podium.service.common.FileReadException;
import org.podium.service.privacy.SuppressionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code podium suppression …}: the addresses never to export again. */
@Command(name = "suppression", description = "Addresses never to export again (unsubscribed or erased).",
        subcommands = {SuppressionCommand.Add.class, SuppressionCommand.ListAll.class, SuppressionCommand.Remove.class,
            SuppressionCommand.Import.class})
final class SuppressionCommand {
    @ParentCommand
    PodiumCli root;

    Book open() {
        return root.context().openBook(root.db());
    }

    private static Map<String, Object> json(Suppression s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("email", s.email());
        m.put("reason", s.reason());
        m.put("since", s.since().toString());
        return m;
    }

    @Command(name = "add", description = "Suppress addresses; every argument must be an address.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        SuppressionCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "EMAIL", arity = "1..*")
        List<String> emails;
        @Option(names = "--reason", defaultValue = "added on the command line", paramLabel = "TEXT")
        String reason;
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            List<String> invalid = emails.stream().filter(e -> !Emails.isValid(Emails.clean(e))).toList();
            if (!invalid.isEmpty()) {
                throw new BadInputException("EMAIL: " + Emails.problem(invalid.get(0)) + "; nothing was added");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Book book = parent.open()) {
                SuppressionService.AddResult r = book.suppressions().add(String.join(" ", emails), reason);
                if (json) {
                    Json.print(out, Map.of("added", r.added(), "alreadySuppressed", r.alreadySuppressed()));
                } else {
                    out.println("Suppressed " + r.added().size() + " address" + (r.added().size() == 1 ? "" : "es")
                            + (r.alreadySuppressed().isEmpty() ? "." : "; already suppressed: "
                            + String.join(", ", r.alreadySuppressed()) + "."));
                }
                return PodiumCli.OK;
            }
        }
    }

    @Command(name = "list", description = "List suppressed addresses.")
    static final class ListAll implements Callable<Integer> {
        @ParentCommand
        SuppressionCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "Print a JSON array of {email, reason, since}.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Book book = parent.open()) {
                List<Suppression> all = book.suppressions().list();
                if (json) {
                    Json.print(out, all.stream().map(SuppressionCommand::json).toList());
                    return PodiumCli.OK;
                }
                if (all.isEmpty()) {
                    out.println("No suppressed addresses in " + book.path() + ".");
                }
                for (Suppression s : all) {
                    out.printf("%-40s  %s  %s%n", s.email(), s.since().toString().substring(0, 10), s.reason());
                }
                return PodiumCli.OK;
            }
        }
    }

    @Command(name = "remove", description = "Take addresses off the suppression list.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        SuppressionCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "EMAIL", arity = "1..*")
        List<String> emails;

        @Override
        public Integer call() {
            try (Book book = parent.open()) {
                int removed = book.suppressions().remove(emails).size();
                spec.commandLine().getOut().println("Removed " + removed + " of " + emails.size() + " address"
                        + (emails.size() == 1 ? "" : "es") + " from the suppression list.");
                return PodiumCli.OK;
            }
        }
    }

    @Command(name = "import", description = "Suppress every address of a mailing tool's unsubscribe export"
            + " (Mailchimp, Brevo …): the address column is found by its header, any delimiter.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        SuppressionCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Default: \"unsubscribed (FILE NAME)\".")
        String reason;
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String why = reason != null ? reason : "unsubscribed (" + file.getFileName() + ")";
            try (Book book = parent.open()) {
                SuppressionService.FileResult r;
                try {
                    r = book.suppressions().importFile(file, why);
                } catch (FileReadException e) {
                    throw new BadInputException(e.getMessage());
                }
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("file", file.toAbsolutePath().normalize().toString());
                    m.put("emailColumn", r.emailColumn());
                    m.put("added", r.added());
                    m.put("alreadySuppressed", r.alreadySuppressed());
                    m.put("skipped", r.problems().stream().map(p -> Map.of("line", p.line(), "problem", p.text())).toList());
                    m.put("guessedEncoding", r.guessedEncoding());
                    Json.print(out, m);
                } else {
                    if (!r.guessedEncoding().isEmpty()) {
                        err.println(file + " is not UTF-8, so it was read as " + r.guessedEncoding()
                                + ": check that accented letters in the reasons look right (suppression list).");
                    }
                    for (SuppressionService.LineProblem p : r.problems()) {
                        err.println(file + ", line " + p.line() + ": skipped: " + p.text());
                    }
                    out.println("Suppressed " + r.added() + " new address" + (r.added() == 1 ? "" : "es") + " from "
                            + file.getFileName() + (r.emailColumn().isEmpty() ? "" : " (column '" + r.emailColumn() + "')")
                            + "; " + r.alreadySuppressed() + " already suppressed, " + r.problems().size()
                            + " line" + (r.problems().size() == 1 ? "" : "s") + " skipped.");
                }
                return PodiumCli.OK;
            }
        }
    }
}
