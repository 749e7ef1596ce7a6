package org.podium.cli;

import java.util.concurrent.Callable;
import org.podium.service.Book;
import org.podium.service.book.SampleDataService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code podium sample load}: adds the two ADMin4ALL sample webinars, once. */
@Command(name = "sample", description = "The built-in sample webinars.",
        subcommands = SampleCommand.Load.class)
final class SampleCommand {
    @ParentCommand
    PodiumCli root;

    @Command(name = "load", description = "Add the sample webinars (loading twice adds nothing).")
    static final class Load implements Callable<Integer> {
        @ParentCommand
        SampleCommand parent;
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            try (Book book = parent.root.context().openBook(parent.root.db())) {
                SampleDataService.Result r = book.samples().load();
                book.samples().markOffered();
                if (json) {
                    Json.print(spec.commandLine().getOut(), java.util.Map.of(
                            "eventsAdded", r.eventsAdded(), "eventsAlreadyThere", r.eventsAlreadyThere()));
                } else if (r.eventsAdded() == 0) {
                    spec.commandLine().getOut().println("The sample events are already in " + book.path() + ".");
                } else {
                    spec.commandLine().getOut().println("Added " + r.eventsAdded() + " sample events to " + book.path() + ".");
                }
                return PodiumCli.OK;
            }
        }
    }
}
