package org.podium.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.podium.service.Book;
import org.podium.service.events.TrashService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code podium trash list|restore|empty}: the deleted events and people, until emptied. */
@Command(name = "trash", description = "List, restore or empty the trash of deleted events and people.",
        subcommands = {TrashCommand.ListTrash.class, TrashCommand.RestoreItem.class, TrashCommand.EmptyTrash.class})
final class TrashCommand {
    @ParentCommand
    PodiumCli root;

    Book open() {
        return root.context().openBook(root.db());
    }

    @Command(name = "list", description = "List what is in the trash, most recently deleted first.")
    static final class ListTrash implements Callable<Integer> {
        @ParentCommand
        TrashCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Book book = parent.open()) {
                List<TrashService.Item> items = book.trash().list();
                if (json) {
                    Json.print(out, items.stream().map(i -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("kind", i.kind().name().toLowerCase(Locale.ROOT));
                        m.put("id", i.id());
                        m.put("name", i.name());
                        m.put("trashedAt", i.trashedAt().toString());
                        return m;
                    }).toList());
                    return PodiumCli.OK;
                }
                if (items.isEmpty()) {
                    out.println("The trash of " + book.path() + " is empty.");
                }
                DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
                for (TrashService.Item i : items) {
                    out.printf("%-6s %5d  %s  %s%n", i.kind().name().toLowerCase(Locale.ROOT), i.id(),
                            when.format(i.trashedAt()), i.name());
                }
                return PodiumCli.OK;
            }
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
    static final class RestoreItem implements Callable<Integer> {
        @ParentCommand
        TrashCommand parent;
        @Spec
        CommandSpec spec;
        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Override
        public Integer call() {
            TrashService.Kind kind = target.event != null ? TrashService.Kind.EVENT : TrashService.Kind.PERSON;
            long id = kind == TrashService.Kind.EVENT ? Parse.id("event", target.event) : Parse.id("person", target.person);
            try (Book book = parent.open()) {
                String name = book.trash().restore(kind, id);
                spec.commandLine().getOut().println("Restored " + kind.name().toLowerCase(Locale.ROOT) + " " + id
                        + " “" + name + "”.");
                return PodiumCli.OK;
            }
        }
    }

    @Command(name = "empty", description = "Delete everything in the trash for good.")
    static final class EmptyTrash implements Callable<Integer> {
        @ParentCommand
        TrashCommand parent;
        @Spec
        CommandSpec spec;
        @Option(names = "--json")
        boolean json;

        @Override
        public Integer call() {
            try (Book book = parent.open()) {
                TrashService.Emptied emptied = book.trash().empty();
                if (json) {
                    Json.print(spec.commandLine().getOut(), Map.of("events", emptied.events(), "people", emptied.people()));
                } else {
                    spec.commandLine().getOut().println("Deleted for good: " + emptied.events() + " event(s), "
                            + emptied.people() + " person(s).");
                }
                return PodiumCli.OK;
            }
        }
    }
}
