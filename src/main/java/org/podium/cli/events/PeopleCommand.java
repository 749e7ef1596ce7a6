package org.podium.cli.events;

import java.io.PrintWriter;
import org.podium.cli.common.BadInputException;
import org.podium.cli.common.BookCommand;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.domain.Organisation;
import org.podium.domain.Person;
import org.podium.service.Book;
import org.podium.service.directory.DirectoryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code podium people …}: list and add the people of the directory. */
@Command(name = "people", description = "List and add people: speakers, moderators, contacts.",
        subcommands = {PeopleCommand.ListPeople.class, PeopleCommand.AddPerson.class})
public final class PeopleCommand {
    @Command(name = "list", description = "List the people of the directory by last name.")
    static final class ListPeople extends BookCommand {
        @Override
        protected int run() {
            var people = book().directory().people();
            if (json()) {
                Json.print(out(), people.stream().map(PanelJson::person).toList());
                return ExitCode.OK;
            }
            if (people.isEmpty()) {
                out().println("No people in " + book().name() + ". Add one with 'people add'.");
            }
            for (DirectoryService.PersonLine line : people) {
                Person p = line.person();
                String about = String.join(", ", java.util.stream.Stream.of(p.position(),
                        line.organisation().map(Organisation::displayName).orElse(""))
                        .filter(t -> !t.isEmpty()).toList());
                out().printf("%5d  %-28s  %-30s  %s%n", p.id(), p.fullName(), p.email(), about);
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "add", description = "Add a person and print their id.")
    static final class AddPerson extends BookCommand {
        @Option(names = "--first", required = true, paramLabel = "NAME", description = "First name.")
        String first;
        @Option(names = "--last", required = true, paramLabel = "NAME", description = "Last name.")
        String last;
        @Option(names = "--email", defaultValue = "", paramLabel = "EMAIL")
        String email;
        @Option(names = "--position", defaultValue = "", paramLabel = "TEXT", description = "e.g. Policy Analyst.")
        String position;
        @Option(names = "--organisation", paramLabel = "NAME",
                description = "The organisation's name or short name; a new one is added to the directory.")
        String organisation;
        @Option(names = "--phone", defaultValue = "", paramLabel = "TEXT")
        String phone;

        @Override
        protected int run() {
            if (first.isBlank() && last.isBlank()) {
                throw new BadInputException("name: a first or last name is required");
            }
            Person person = new Person(0, "", first, last, email, phone, position, null, "", "", "", "");
            Person added;
            if (organisation == null || organisation.isBlank()) {
                added = book().directory().addPerson(person);
            } else {
                DirectoryService.AddedPerson result = book().directory().addPerson(person, organisation);
                added = result.person();
                result.organisationAdded().ifPresent(o -> err().println(
                        "note: added the organisation '" + o.name() + "' (" + o.id() + ") to the directory"));
            }
            if (json()) {
                Json.print(out(), PanelJson.person(book().directory().people().stream()
                        .filter(l -> l.person().id() == added.id()).findFirst().orElseThrow()));
            } else {
                out().println(added.id());
            }
            return ExitCode.OK;
        }
    }
}
