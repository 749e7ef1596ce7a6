package org.podium.cli.events;

import java.io.PrintWriter;
import org.podium.cli.common.EventJson;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.domain.Event;
import org.podium.service.Book;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code podium events restore ID}: brings an event back from the trash, as it was. */
@Command(name = "restore", description = "Bring an event back from the trash.")
final class RestoreEvent extends EventCommand {

    @Override
    int run(long eventId) {
        Event restored = book().events().restore(eventId);
        if (json()) {
            Json.print(out(), EventJson.of(book().events().details(restored.id()).orElseThrow()));
        } else {
            out().println("Restored event " + restored.id() + " “" + restored.title() + "”.");
        }
        return ExitCode.OK;
    }
}
