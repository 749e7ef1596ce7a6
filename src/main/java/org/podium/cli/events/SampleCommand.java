package org.podium.cli.events;

import org.podium.cli.common.BookCommand;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.service.Book;
import org.podium.service.book.SampleDataService;
import picocli.CommandLine.Command;

/** {@code podium sample load}: adds the two ADMin4ALL sample webinars, once. */
@Command(name = "sample", description = "The built-in sample webinars.",
        subcommands = SampleCommand.Load.class)
public final class SampleCommand {
    @Command(name = "load", description = "Add the sample webinars (loading twice adds nothing).")
    static final class Load extends BookCommand {
        @Override
        protected int run() {
            SampleDataService.Result r = book().samples().load();
            book().samples().markOffered();
            if (json()) {
                Json.print(out(), java.util.Map.of(
                        "eventsAdded", r.eventsAdded(), "eventsAlreadyThere", r.eventsAlreadyThere()));
            } else if (r.eventsAdded() == 0) {
                out().println("The sample events are already in " + book().name() + ".");
            } else {
                out().println("Added " + r.eventsAdded() + " sample events to " + book().name() + ".");
            }
            return ExitCode.OK;
        }
    }
}
