package org.podium.cli.common;

import picocli.CommandLine.Option;

/** The {@code --json} option every command shares: scripts read one JSON value instead of prose. */
final class JsonOption {
    @Option(names = "--json", description = "Print the result as JSON instead of prose, for scripts.")
    boolean on;
}
