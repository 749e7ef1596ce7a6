package org.podium.cli.events;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.cli.common.BadInputException;
import org.podium.cli.common.EventJson;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.cli.common.Parse;
import org.podium.domain.Agenda;
import org.podium.domain.AgendaItem;
import org.podium.domain.Person;
import org.podium.service.Book;
import org.podium.service.documents.CueSheetService;
import org.podium.service.common.Formats;
import org.podium.service.common.Wording;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code podium agenda …}: add items to an event's run-of-show and show it timed. */
@Command(name = "agenda", description = "Add to an event's run-of-show and show it with its times.",
        subcommands = {AgendaCommand.AddItem.class, AgendaCommand.ShowAgenda.class})
public final class AgendaCommand {
    private static Map<Long, Person> people(Book book) {
        return book.directory().peopleById();
    }

    @Command(name = "add", description = "Add an item at the end of an event's run-of-show.")
    static final class AddItem extends EventCommand {
        @Option(names = "--title", required = true, paramLabel = "TEXT")
        String title;
        @Option(names = "--minutes", required = true, paramLabel = "N", description = "How long it takes, at least 1.")
        String minutes;
        @Option(names = "--speaker", paramLabel = "PERSON", description = "A speaker's id or email; repeat for more.")
        List<String> speakers = new ArrayList<>();
        @Option(names = "--notes", defaultValue = "", paramLabel = "TEXT")
        String notes;

        @Override
        int run(long eventId) {
            if (title.isBlank()) {
                throw new BadInputException("title: a title is required");
            }
            int length = Parse.positiveMinutes("minutes", minutes);
            List<PersonRef> refs = speakers.stream().map(s -> PersonRef.parse("speaker", s)).toList();
            book().panel().event(eventId);
            List<Long> ids = refs.stream().map(r -> r.resolve(book()).id()).toList();
            AgendaItem added = book().panel().addItem(eventId, title, length, ids, notes);
            Agenda.Plan plan = book().panel().agenda(eventId);
            Agenda.Timed timed = plan.items().stream().filter(t -> t.item().id() == added.id()).findFirst()
                    .orElseThrow();
            if (json()) {
                Map<String, Object> m = PanelJson.item(timed, people(book()));
                m.put("eventId", eventId);
                m.put("totalMinutes", plan.totalMinutes());
                m.put("slotMinutes", plan.slotMinutes());
                m.put("fit", EventJson.lower(plan.fit()));
                Json.print(out(), m);
            } else {
                out().println("Added “" + added.title() + "” at " + Formats.agendaTime(timed.start(),
                        plan.event().startInZone(), Locale.ENGLISH) + " (" + added.minutes() + " min), item "
                        + added.id() + ".");
                out().println(CueSheetService.total(plan, Wording.of(Locale.ENGLISH)));
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "show", description = "Show an event's run-of-show with start times in its zone and the total"
            + " against its slot.")
    static final class ShowAgenda extends EventCommand {

        @Override
        int run(long eventId) {
            Agenda.Plan plan = book().panel().agenda(eventId);
            Map<Long, Person> people = people(book());
            if (json()) {
                Json.print(out(), PanelJson.plan(plan, people));
                return ExitCode.OK;
            }
            out().println(plan.event().title());
            out().println(Formats.startWithZone(plan.event(), Locale.ENGLISH) + " (" + plan.event().zone().getId()
                    + "), " + plan.slotMinutes() + " minutes");
            out().println();
            plan.items().forEach(t -> out().println(PanelJson.itemLine(t, plan, people)));
            if (!plan.items().isEmpty()) {
                out().println();
            }
            out().println(CueSheetService.total(plan, Wording.of(Locale.ENGLISH)));
            return ExitCode.OK;
        }
    }
}
