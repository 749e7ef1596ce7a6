package org.podium.app;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.podium.cli.PodiumCli;
import org.podium.cli.common.CliContext;
import org.podium.cli.common.ExitCode;
import org.podium.service.Book;
import org.podium.service.common.NotOnTeamBookException;
import org.podium.service.common.Preferences;
import org.podium.store.PostgresBook;
import org.podium.store.SqliteNativeLibrary;
import org.podium.store.StoreException;

/** Runs Podium: the command line when given a command, otherwise the window. */
public final class Podium implements CliContext {
    private final Clock clock;

    public Podium(Clock clock) {
        this.clock = clock;
    }

    /**
     * Runs one invocation on the process's own console and the system clock, and returns its
     * exit code. Piped output (scripts, JSON) is UTF-8 so names like Gdańsk survive whatever
     * the locale says.
     */
    public static int runOnConsole(String... args) {
        Charset console = System.console() != null ? System.console().charset() : StandardCharsets.UTF_8;
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
        return new Podium(Clock.systemDefaultZone()).run(out, err, args);
    }

    /** Runs one invocation and returns its exit code. */
    public int run(PrintWriter out, PrintWriter err, String... args) {
        Optional<Optional<String>> window = windowOnly(args);
        if (window.isEmpty()) {
            Optional<List<String>> again = JarRelaunch.command(args);
            if (again.isPresent()) {
                return JarRelaunch.run(again.get());
            }
        }
        SqliteNativeLibrary.useCacheIn(DataPaths.cacheFolderForThisProcess());
        if (window.isPresent()) {
            try {
                openWindow(window.get());
            } catch (WindowLauncher.WindowUnavailableException | StoreException e) {
                err.println("podium: " + e.getMessage());
                err.flush();
                return ExitCode.BAD_INPUT;
            }
            return ExitCode.OK;
        }
        return PodiumCli.run(this, out, err, args);
    }

    /**
     * The book to open when the arguments ask for nothing but the window ({@code podium} or
     * {@code podium --db FILE}), so that the window does not wait while the whole command
     * line's model is built; empty when the command line has to read them.
     */
    static Optional<Optional<String>> windowOnly(String... args) {
        if (args.length == 0) {
            return Optional.of(Optional.empty());
        }
        if (args.length == 2 && "--db".equals(args[0]) && !args[1].isBlank() && !args[1].startsWith("-")) {
            return Optional.of(Optional.of(args[1]));
        }
        if (args.length == 1 && args[0].startsWith("--db=") && !args[0].substring(5).isBlank()) {
            return Optional.of(Optional.of(args[0].substring(5)));
        }
        return Optional.empty();
    }

    @Override
    public Book openBook(Optional<String> db) {
        return Composition.openBookForCommand(DataPaths.bookForThisProcess(db), clock);
    }

    @Override
    public Path bookPath(Optional<String> db) {
        BookPlace place = DataPaths.bookForThisProcess(db);
        if (place instanceof BookPlace.Team team) {
            throw NotOnTeamBookException.copiesAreTheServers(team.address().toString());
        }
        return ((BookPlace.File) place).path();
    }

    @Override
    public Optional<String> serverVersion(Optional<String> db) {
        try {
            if (DataPaths.bookForThisProcess(db) instanceof BookPlace.Team team) {
                return Optional.of(PostgresBook.serverVersion(team.address(), Composition.password(team.address(),
                        Optional.empty())));
            }
        } catch (StoreException e) {
            // An address that names no book: --version says what it can without it.
        }
        return Optional.empty();
    }

    @Override
    public List<ZoneId> audienceZones() {
        return Preferences.load(DataPaths.preferencesForThisProcess()).audienceZones();
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void openWindow(Optional<String> db) {
        WindowLauncher.run(DataPaths.bookForThisProcess(db), DataPaths.preferencesForThisProcess(),
                DataPaths.dataFolderForThisProcess(), clock);
    }
}
