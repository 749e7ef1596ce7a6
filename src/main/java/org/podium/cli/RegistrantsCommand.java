package org.podium.cli;

import org.podium.service.Book;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code podium registrants …}: the attendee lists of events. */
@Command(name = "registrants", description = "Registrant lists of events.",
        subcommands = {RegistrantsExportCommand.class})
final class RegistrantsCommand {
    @ParentCommand
    PodiumCli root;

    Book open() {
        return root.context().openBook(root.db());
    }
}
