package org.podium.cli.common;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * What a command reads from the root of the command line ({@code podium [--db BOOK]}), which
 * registers the commands and so lives above them: the book chosen, the composition root, the terminal.
 */
public interface CliRoot {
    /** The {@code --db} option, when given. */
    Optional<String> db();

    CliContext context();

    /** Standard error unescaped, for the progress line's carriage returns. */
    PrintWriter terminal();
}
