package org.podium.cli.common;

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
public abstract class BookCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;
    @Mixin
    JsonOption json;
    private Book book;

    /** Does the command's work and returns its exit code. */
    protected abstract int run() throws Exception;

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
    protected void finished() {
    }

    /** The book of {@code --db}, opened on first use and closed when the command ends. */
    protected final Book book() {
        if (book == null) {
            book = context().openBook(db());
        }
        return book;
    }

    protected final CliContext context() {
        return root().context();
    }

    protected final Optional<String> db() {
        return root().db();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Standard error as it is, for drawing on a terminal: {@link #err()} escapes control characters. */
    protected final PrintWriter terminal() {
        return root().terminal();
    }

    /** Whether {@code --json} was given. */
    protected final boolean json() {
        return json.on;
    }

    /** Prints the JSON value with {@code --json}, else the line of prose; the command has succeeded. */
    public final int report(Supplier<Object> asJson, String prose) {
        if (json()) {
            Json.print(out(), asJson.get());
        } else {
            out().println(prose);
        }
        return ExitCode.OK;
    }

    private CliRoot root() {
        return (CliRoot) spec.root().userObject();
    }
}
