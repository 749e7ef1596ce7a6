package org.podium.cli.events;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.cli.common.BookCommand;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.cli.common.Parse;
import org.podium.service.Book;
import org.podium.service.events.TrashService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code podium trash list|restore|empty}: the deleted events and people, until emptied. */
@Command(name = "trash", description = "List, restore or empty the trash of deleted events and people.",
        subcommands = {TrashCommand.ListTrash.class, TrashCommand.RestoreItem.class, TrashCommand.EmptyTrash.class})
public final class TrashCommand {
    @Command(name = "list", description = "List what is in the trash, most recently deleted first.")
    static final class ListTrash extends BookCommand {
        @Override
        protected int run() {
            List<TrashService.Item> items = book().trash().list();
            if (json()) {
                Json.print(out(), items.stream().map(i -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("kind", i.kind().name().toLowerCase(Locale.ROOT));
                    m.put("id", i.id());
                    m.put("name", i.name());
                    m.put("trashedAt", i.trashedAt().toString());
                    return m;
                }).toList());
                return ExitCode.OK;
            }
            if (items.isEmpty()) {
                out().println("The trash of " + book().name() + " is empty.");
            }
            DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
            for (TrashService.Item i : items) {
                out().printf("%-6s %5d  %s  %s%n", i.kind().name().toLowerCase(Locale.ROOT), i.id(),
                        when.format(i.trashedAt()), i.name());
            }
            return ExitCode.OK;
        }
    }

    /** Exactly one of --event and --person. */
    static final class Target {
        @Option(names = "--event", paramLabel = "ID", required = true)
        String event;
        @Option(names = "--person", paramLabel = "ID", required = true)
        String person;
    }

    @Command(name = "restore", description = "Bring an event or a person back from the trash.")
    static final class RestoreItem extends BookCommand {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Override
        protected int run() {
            TrashService.Kind kind = target.event != null ? TrashService.Kind.EVENT : TrashService.Kind.PERSON;
            long id = kind == TrashService.Kind.EVENT ? Parse.id("event", target.event) : Parse.id("person", target.person);
            String name = book().trash().restore(kind, id);
            String what = kind.name().toLowerCase(Locale.ROOT);
            return report(() -> Map.of("kind", what, "id", id, "name", name),
                    "Restored " + what + " " + id + " “" + name + "”.");
        }
    }

    @Command(name = "empty", description = "Delete everything in the trash for good.")
    static final class EmptyTrash extends BookCommand {
        @Override
        protected int run() {
            TrashService.Emptied emptied = book().trash().empty();
            return report(() -> Map.of("events", emptied.events(), "people", emptied.people()),
                    "Deleted for good: " + emptied.events() + " event(s), " + emptied.people() + " person(s).");
        }
    }
}
