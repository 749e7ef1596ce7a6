package org.podium.cli.events;

import org.podium.cli.common.Parse;
import picocli.CommandLine.Parameters;

/** The event a command works on, named first by its id, as 'events list' shows it. */
final class EventArgument {
    @Parameters(index = "0", paramLabel = "EVENT", description = "The event's id, as 'events list' shows it.")
    String text;

    long id() {
        return Parse.id("EVENT", text);
    }
}
