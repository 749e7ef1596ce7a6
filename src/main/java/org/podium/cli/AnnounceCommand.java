package org.podium.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.podium.domain.Event;
import org.podium.service.Book;
import org.podium.service.documents.AnnouncementService.Document;
import org.podium.service.documents.AnnouncementService.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code podium events announce} and {@code events mail}: the invitation page and the e-mails around an event. */
final class AnnounceCommand {
    private AnnounceCommand() {
    }

    @Command(name = "announce", description = "Write an event's invitation page (a concluded event's record page).",
            footer = {"", "Example:", "  podium events announce 2 --language it -o invito.html"})
    static final class Announce implements Callable<Integer> {
        @ParentCommand
        EventsCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The event's id.")
        String id;
        @Option(names = "--format", defaultValue = "html", paramLabel = "FORMAT",
                description = "html (a self-contained page, the default) or text.")
        String format;
        @Option(names = "--language", defaultValue = "en", paramLabel = "LANG", description = "en (the default) or it.")
        String language;
        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
                description = "The file to write; an existing file is replaced.")
        Path output;
        @Option(names = "--json", description = "Print {file, eventId, title, format, language} as JSON.")
        boolean json;

        @Override
        public Integer call() {
            long eventId = Parse.id("ID", id);
            Format chosen = Parse.choice("format", format, Format.class);
            Locale locale = language(language);
            try (Book book = parent.open()) {
                Event e = book.panel().event(eventId);
                Path file = book.announcements().save(eventId, Document.INVITATION, chosen, locale,
                        parent.root.context().audienceZones(), output);
                report(spec.commandLine().getOut(), json, file, e, chosen.name(), locale, "the invitation");
                return PodiumCli.OK;
            }
        }
    }

    @Command(name = "mail", description = "Write the reminder, thank-you or missed-you e-mail of an event,"
            + " to paste into the mailing tool that receives the export.",
            footer = {"", "Example:", "  podium events mail 2 --kind thanks --language it -o grazie.txt"})
    static final class Mail implements Callable<Integer> {
        @ParentCommand
        EventsCommand parent;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The event's id.")
        String id;
        @Option(names = "--kind", required = true, paramLabel = "KIND",
                description = "reminder (the day before), thanks (to attendees) or missed (to no-shows).")
        String kind;
        @Option(names = "--language", defaultValue = "en", paramLabel = "LANG", description = "en (the default) or it.")
        String language;
        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "The file to write; without it the text is printed.")
        Path output;
        @Option(names = "--json", description = "Print {file, eventId, title, kind, language} as JSON"
                + " (with -o), or {text, …} without it.")
        boolean json;

        @Override
        public Integer call() {
            long eventId = Parse.id("ID", id);
            Document document = mailKind(kind);
            Locale locale = language(language);
            PrintWriter out = spec.commandLine().getOut();
            try (Book book = parent.open()) {
                Event e = book.panel().event(eventId);
                var zones = parent.root.context().audienceZones();
                if (output != null) {
                    Path file = book.announcements().save(eventId, document, Format.TEXT, locale, zones, output);
                    report(out, json, file, e, document.name(), locale, "the " + kind + " e-mail");
                    return PodiumCli.OK;
                }
                String text = book.announcements().render(eventId, document, Format.TEXT, locale, zones);
                if (json) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("eventId", e.id());
                    m.put("kind", document.name().toLowerCase(Locale.ROOT));
                    m.put("language", locale.getLanguage());
                    m.put("text", text);
                    Json.print(out, m);
                } else {
                    out.print(text);
                }
                return PodiumCli.OK;
            }
        }
    }

    private static Document mailKind(String kind) {
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "reminder" -> Document.REMINDER;
            case "thanks" -> Document.THANKS;
            case "missed" -> Document.MISSED;
            default -> throw new BadInputException("kind: '" + kind + "' is not reminder, thanks or missed");
        };
    }

    static Locale language(String language) {
        return switch (language.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> Locale.ENGLISH;
            case "it" -> Locale.ITALIAN;
            default -> throw new BadInputException("language: '" + language + "' is not en or it");
        };
    }

    private static void report(PrintWriter out, boolean json, Path file, Event e, String what, Locale locale,
                               String described) {
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file.toString());
            m.put("eventId", e.id());
            m.put("title", e.title());
            m.put("document", what.toLowerCase(Locale.ROOT));
            m.put("language", locale.getLanguage());
            Json.print(out, m);
        } else {
            out.println("Saved " + described + " of “" + e.title() + "” to " + file);
        }
    }
}
