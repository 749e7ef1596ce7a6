package org.podium.cli.events;

import org.podium.cli.common.BookCommand;
import picocli.CommandLine.Mixin;

/** A command about one event, named first by its id: {@code podium events show 2}, {@code panel list 2}. */
abstract class EventCommand extends BookCommand {
    @Mixin
    EventArgument event;

    /** Does the command's work on the event and returns its exit code. */
    abstract int run(long eventId) throws Exception;

    @Override
    protected final int run() throws Exception {
        return run(event.id());
    }
}
