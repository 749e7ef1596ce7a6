package org.podium.cli.common;

/** The exit codes of every command: 0 success, 1 bad input (the message names it), 2 wrong usage. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int USAGE = 2;
    /** A command stopped because the program reading its output has gone, as a shell reports SIGPIPE: 128 + 13. */
    public static final int CLOSED_PIPE = 141;

    private ExitCode() {
    }
}
