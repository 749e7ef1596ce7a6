package org.podium.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.podium.cli.common.BadInputException;
import org.podium.cli.common.CliContext;
import org.podium.cli.common.CliRoot;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.OutputFile;
import org.podium.cli.common.TerminalText;
import org.podium.cli.events.AgendaCommand;
import org.podium.cli.events.EventsCommand;
import org.podium.cli.events.PanelCommand;
import org.podium.cli.events.PeopleCommand;
import org.podium.cli.events.SampleCommand;
import org.podium.cli.events.TrashCommand;
import org.podium.cli.registrants.AttendanceCommand;
import org.podium.cli.registrants.BackupCommand;
import org.podium.cli.registrants.ExchangeCommand;
import org.podium.cli.registrants.PrivacyCommand;
import org.podium.cli.registrants.RegistrantsCommand;
import org.podium.cli.registrants.RestoreCommand;
import org.podium.cli.registrants.SuppressionCommand;
import org.podium.domain.InvalidFieldException;
import org.podium.service.common.AppInfo;
import org.podium.service.common.BookFailures;
import org.podium.service.common.FileWriteException;
import org.podium.service.common.FileRefusedException;
import org.podium.service.common.NotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The root of the command line: {@code podium [--db BOOK] COMMAND …}. Without a command it
 * opens the window. Exit codes: 0 success, 1 bad input (the message names it), 2 wrong usage.
 */
@Command(name = "podium", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, versionProvider = PodiumCli.Version.class,
        resourceBundle = "org.podium.cli.Examples", description = "Webinars, panels and attendee lists in one local book.")
public final class PodiumCli implements Callable<Integer>, CliRoot {
    /** Every command, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(EventsCommand.class, SampleCommand.class,
            PeopleCommand.class, PanelCommand.class, AgendaCommand.class, RegistrantsCommand.class,
            SuppressionCommand.class, BackupCommand.class, RestoreCommand.class, ExchangeCommand.class,
            PrivacyCommand.class, TrashCommand.class, AttendanceCommand.class, CompletionCommand.class);

    @Option(names = "--db", paramLabel = "BOOK", scope = CommandLine.ScopeType.INHERIT,
            description = "The book to use: a file, or a team book's postgresql://[user@]host[:port]/database"
                    + " (default: $PODIUM_DB, else the user's data folder).")
    String db;

    private final CliContext context;
    private final PrintWriter terminal;

    private PodiumCli(CliContext context, PrintWriter terminal) {
        this.context = context;
        this.terminal = terminal;
    }

    /** The whole command line, every command in it, as picocli's model of it. */
    static CommandLine commandLine(CliContext context, PrintWriter terminal) {
        return commandLine(context, terminal, Optional.empty());
    }

    /**
     * The command line with only the {@code named} command, or with all of them. Picocli reads
     * every option of every command it is given: all of them cost some 0.5 s of processor time
     * and 15-20 MB more at every start (docs/performance.md), so a command line that names one
     * command is given that one; the root's help, unknown names and the completion script get all.
     */
    private static CommandLine commandLine(CliContext context, PrintWriter terminal, Optional<String> named) {
        CommandLine cli = new CommandLine(new PodiumCli(context, terminal));
        for (Class<?> command : COMMANDS) {
            String name = command.getAnnotation(Command.class).name();
            if (named.isEmpty() || named.get().equals(name)) {
                cli.addSubcommand(name, command);
            }
        }
        // Help is printed plain: its own colour sequences would be escaped like any other.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return cli;
    }

    /** Runs one command line and returns its exit code. */
    public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(context, err, commandNamed(args));
        PrintWriter guardedOut = TerminalText.guard(out);
        PrintWriter guardedErr = TerminalText.guard(err);
        // A file written to standard output (-o -, -o /dev/stdout) gets no report mixed into it: that goes to errors.
        boolean fileToStandardOutput = outputIsStandardOutput(args);
        cli.setOut(fileToStandardOutput ? guardedErr : guardedOut);
        cli.setErr(guardedErr);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (fileToStandardOutput && closedPipe(e)) {
                return ExitCode.CLOSED_PIPE; // `| head` has what it wanted: no message, as for any Unix tool
            }
            commandLine.getErr().println("podium: " + describe(e));
            commandLine.getErr().flush();
            return ExitCode.BAD_INPUT;
        });
        int code = cli.execute(args);
        guardedOut.flush();
        guardedErr.flush();
        // PrintWriter keeps a write error to itself: prose or JSON printed into a closed pipe ends here.
        return code == ExitCode.OK && out.checkError() && standardOutputIsPipe() ? ExitCode.CLOSED_PIPE : code;
    }

    /**
     * The command the arguments name, when it is one of {@link #COMMANDS} and not the completion
     * script, which describes them all; the root's own options are passed over.
     */
    static Optional<String> commandNamed(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db")) {
                i++;
            } else if (!arg.startsWith("-")) {
                boolean one = COMMANDS.stream().anyMatch(c -> c != CompletionCommand.class
                        && c.getAnnotation(Command.class).name().equals(arg));
                return one ? Optional.of(arg) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the command's {@code -o} file is this process's standard output ({@code -o -}, {@code -o /dev/stdout},
     * {@code /dev/fd/1}, or a file the output was redirected to), as the system tells by comparing
     * the files themselves.
     */
    static boolean outputIsStandardOutput(String... args) {
        Path stdout = Path.of("/dev/stdout");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            if ((arg.equals("-o") || arg.equals("--output")) && i + 1 < args.length) {
                value = args[++i];
            } else if (arg.startsWith("--output=")) {
                value = arg.substring("--output=".length());
            } else if (arg.startsWith("-o") && !arg.startsWith("--")) {
                value = arg.substring(2);
            }
            try {
                if (OutputFile.STANDARD_STREAM.equals(value)
                        || value != null && Files.exists(stdout) && Files.isSameFile(Path.of(value), stdout)) {
                    return true;
                }
            } catch (IOException | InvalidPathException e) {
                // Not a file the system can compare: then it is not standard output either.
            }
        }
        return false;
    }

    /**
     * Whether writing a file to standard output failed because it is a pipe whose reader has
     * gone: a write to a pipe fails for no other reason (EPIPE), so an input or output error there
     * is that.
     */
    private static boolean closedPipe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return standardOutputIsPipe();
            }
        }
        return false;
    }

    private static boolean standardOutputIsPipe() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/dev/stdout"), "unix:mode") & 0170000) == 0010000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String describe(Exception e) {
        if (e instanceof InvalidFieldException f) {
            return f.field() + ": " + f.getMessage();
        }
        if (e instanceof NotFoundException || BookFailures.fromBook(e) || e instanceof BadInputException
                || e instanceof FileWriteException || e instanceof FileRefusedException
                || e instanceof org.podium.service.privacy.ErasedAddressException) {
            return e.getMessage();
        }
        // Not a failure Podium anticipated: say what it was rather than hide it.
        return "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    @Override
    public Optional<String> db() {
        return Optional.ofNullable(db);
    }

    @Override
    public CliContext context() {
        return context;
    }

    @Override
    public PrintWriter terminal() {
        return terminal;
    }

    @Override
    public Integer call() {
        context.openWindow(db());
        return ExitCode.OK;
    }

    /**
     * Prints the version from the build, the book format it writes and the database libraries it
     * uses. Picocli asks for it while it builds the command line, once for every command given,
     * before anything is read; the lines are made only for {@code --version}: the SQLite library's
     * version takes a connection (and loads every JDBC driver on the class path), a team book's
     * server's version a login to it, which no other command should pay for.
     */
    static final class Version implements CommandLine.IVersionProvider {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public String[] getVersion() {
            if (!asked()) {
                return new String[0];
            }
            List<String> lines = new ArrayList<>(List.of("Podium " + AppInfo.version(),
                    "Book format " + AppInfo.bookFormat(), "SQLite " + AppInfo.sqliteVersion()));
            if (spec != null && spec.root().userObject() instanceof PodiumCli root && root.context != null) {
                root.context.serverVersion(root.db()).ifPresent(server -> lines.add("Team book server " + server));
            }
            return lines.toArray(String[]::new);
        }

        /** Whether {@code --version} was given, to the root or to the command it names. */
        private boolean asked() {
            CommandLine cli = spec == null ? null : spec.root().commandLine();
            for (CommandLine.ParseResult r = cli == null ? null : cli.getParseResult(); r != null; r = r.subcommand()) {
                if (r.isVersionHelpRequested()) {
                    return true;
                }
            }
            return false;
        }
    }
}
