package org.podium.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.podium.app.BookPlace;
import org.podium.app.Composition;
import org.podium.app.Podium;
import org.podium.service.Book;
import org.podium.cli.common.CliContext;

/** Runs the command line in-process, as a script would, and keeps what it printed. */
final class CliHarness {
    /** One run's exit code and output. */
    record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(out);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }

    /** The books the window was asked to open, in order (the tests never start JavaFX). */
    final List<Optional<String>> windowsOpened = new ArrayList<>();
    /** The books whose server's version was asked for, in order ({@code --version} asks). */
    final List<Optional<String>> serverVersionsAsked = new ArrayList<>();
    private final Clock clock;

    CliHarness(Clock clock) {
        this.clock = clock;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext() {
            @Override
            public Book openBook(Optional<String> db) {
                return Composition.openBookForCommand(BookPlace.of("--db",
                        db.orElseThrow(() -> new AssertionError("tests always pass --db")), "tester"), clock);
            }

            @Override
            public void openWindow(Optional<String> db) {
                windowsOpened.add(db);
            }

            @Override
            public Path bookPath(Optional<String> db) {
                return new Podium(clock).bookPath(Optional.of(db.orElseThrow(() -> new AssertionError("tests always pass --db"))));
            }

            @Override
            public Optional<String> serverVersion(Optional<String> db) {
                serverVersionsAsked.add(db);
                return new Podium(clock).serverVersion(db);
            }

            @Override
            public Clock clock() {
                return clock;
            }
        };
        int code = PodiumCli.run(context, new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }
}
