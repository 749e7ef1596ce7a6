package org.podium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.podium.service.Book;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every command that does something is: it reads its options, opens the book when it first
 * needs it (so an option that will not do is refused before the book is touched), prints prose or,
 * with {@code --json}, one JSON value, and closes the book whatever happened.
 */
abstract class BookCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    JsonOption json;
    private Book book;

    /** Does the command's work and returns its exit code. */
    abstract int run() throws Exception;

    @Override
    public final Integer call() throws Exception {
        try {
            return run();
        } finally {
            finished();
            if (book != null) {
                book.close();
            }
        }
    }

    /** Called when the command ends, however it ends, before anything more is printed. */
    void finished() {
    }

    /** The book of {@code --db}, opened on first use and closed when the command ends. */
    final Book book() {
        if (book == null) {
            book = context().openBook(db());
        }
        return book;
    }

    final CliContext context() {
        return root().context();
    }

    final Optional<String> db() {
        return root().db();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Standard error as it is, for drawing on a terminal: {@link #err()} escapes control characters. */
    final PrintWriter terminal() {
        return root().terminal();
    }

    /** Whether {@code --json} was given. */
    final boolean json() {
        return json.on;
    }

    /** Prints the JSON value with {@code --json}, else the line of prose; the command has succeeded. */
    final int report(Supplier<Object> asJson, String prose) {
        if (json()) {
            Json.print(out(), asJson.get());
        } else {
            out().println(prose);
        }
        return PodiumCli.OK;
    }

    private PodiumCli root() {
        return (PodiumCli) spec.root().userObject();
    }
}
