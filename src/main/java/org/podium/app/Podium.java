package org.podium.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.podium.cli.CliContext;
import org.podium.cli.PodiumCli;
import org.podium.service.Book;

/** Runs Podium: the command line when given a command, otherwise the window. */
public final class Podium implements CliContext {
    private final Clock clock;

    public Podium(Clock clock) {
        this.clock = clock;
    }

    /** Runs one invocation and returns its exit code. */
    public int run(PrintWriter out, PrintWriter err, String... args) {
        return PodiumCli.run(this, out, err, args);
    }

    @Override
    public Book openBook(Optional<Path> db) {
        return Composition.openBook(DataPaths.bookForThisProcess(db), clock);
    }

    @Override
    public Path bookPath(Optional<Path> db) {
        return DataPaths.bookForThisProcess(db);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public void openWindow(Optional<Path> db) {
        PodiumWindow.run(DataPaths.bookForThisProcess(db), DataPaths.preferencesForThisProcess(), clock);
    }
}
