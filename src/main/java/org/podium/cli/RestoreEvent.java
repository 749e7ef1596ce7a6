package org.podium.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.podium.domain.Event;
import org.podium.service.Book;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code podium events restore ID}: brings an event back from the trash, as it was. */
@Command(name = "restore", description = "Bring an event back from the trash.")
final class RestoreEvent implements Callable<Integer> {
    @ParentCommand
    EventsCommand parent;
    @Spec
    CommandSpec spec;
    @Parameters(paramLabel = "ID")
    String id;
    @Option(names = "--json", description = "Print the restored event as JSON.")
    boolean json;

    @Override
    public Integer call() {
        long eventId = Parse.id("ID", id);
        PrintWriter out = spec.commandLine().getOut();
        try (Book book = parent.open()) {
            Event restored = book.events().restore(eventId);
            if (json) {
                Json.print(out, EventJson.of(book.events().details(restored.id()).orElseThrow()));
            } else {
                out.println("Restored event " + restored.id() + " “" + restored.title() + "”.");
            }
            return PodiumCli.OK;
        }
    }
}
