package org.podium.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.podium.domain.InvalidFieldException;
import org.podium.service.common.AppInfo;
import org.podium.service.common.BookFailures;
import org.podium.service.common.FileWriteException;
import org.podium.service.common.FileRefusedException;
import org.podium.service.common.NotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root of the command line: {@code podium [--db FILE] COMMAND …}. Without a command it
 * opens the window. Exit codes: 0 success, 1 bad input (the message names it), 2 wrong usage.
 */
@Command(name = "podium", mixinStandardHelpOptions = true, versionProvider = PodiumCli.Version.class,
        description = "Webinars, panels and attendee lists in one local book.")
public final class PodiumCli implements Callable<Integer> {
    /** Every command, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(EventsCommand.class, SampleCommand.class,
            PeopleCommand.class, PanelCommand.class, AgendaCommand.class, RegistrantsCommand.class,
            SuppressionCommand.class, BackupCommand.class, RestoreCommand.class, ExchangeCommand.class,
            PrivacyCommand.class, TrashCommand.class, AttendanceCommand.class);
    /** Their names, in the same order. */
    private static final List<String> NAMES = COMMANDS.stream()
            .map(c -> c.getAnnotation(Command.class).name()).toList();

    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;

    @Option(names = "--db", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "The book to use (default: $PODIUM_DB, else the user's data folder).")
    Path db;

    private final CliContext context;

    private PodiumCli(CliContext context) {
        this.context = context;
    }

    /** Runs one command line and returns its exit code. */
    public static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new PodiumCli(context));
        // picocli reads every option of every command it is given, about 0.2 s: a command line
        // that names one command is given that one; the root's help and unknown names get all.
        Optional<String> named = commandNamed(args);
        for (int i = 0; i < COMMANDS.size(); i++) {
            if (named.isEmpty() || named.get().equals(NAMES.get(i))) {
                cli.addSubcommand(NAMES.get(i), COMMANDS.get(i));
            }
        }
        addHelp(cli.getSubcommands().values());
        // Help is printed plain: its own colour sequences would be escaped like any other.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        PrintWriter guardedOut = TerminalText.guard(out);
        PrintWriter guardedErr = TerminalText.guard(err);
        // A file written to standard output (-o /dev/stdout) gets no report mixed into it: that goes to errors.
        cli.setOut(outputIsStandardOutput(args) ? guardedErr : guardedOut);
        cli.setErr(guardedErr);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("podium: " + describe(e));
            commandLine.getErr().flush();
            return BAD_INPUT;
        });
        int code = cli.execute(args);
        guardedOut.flush();
        guardedErr.flush();
        return code;
    }

    /** The command the arguments name, when it is one of {@link #COMMANDS}; the root's own options are passed over. */
    static Optional<String> commandNamed(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--db")) {
                i++;
            } else if (!arg.startsWith("-")) {
                return NAMES.contains(arg) ? Optional.of(arg) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the command's {@code -o} file is this process's standard output ({@code -o /dev/stdout},
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
                if (value != null && Files.exists(stdout) && Files.isSameFile(Path.of(value), stdout)) {
                    return true;
                }
            } catch (IOException | InvalidPathException e) {
                // Not a file the system can compare: then it is not standard output either.
            }
        }
        return false;
    }

    /** Gives every command below the root its own {@code -h, --help}, as the root has. */
    private static void addHelp(java.util.Collection<CommandLine> commands) {
        for (CommandLine command : commands) {
            if (command.getCommandSpec().findOption("--help") == null) {
                command.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("-h", "--help")
                        .usageHelp(true).description("Show this help message and exit.").build());
            }
            addHelp(command.getSubcommands().values());
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

    Optional<Path> db() {
        return Optional.ofNullable(db);
    }

    CliContext context() {
        return context;
    }

    @Override
    public Integer call() {
        context.openWindow(db());
        return OK;
    }

    /** Prints the version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Podium " + AppInfo.version()};
        }
    }
}
