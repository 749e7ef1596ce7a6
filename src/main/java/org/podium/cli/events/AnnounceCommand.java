package org.podium.cli.events;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.podium.cli.common.BadInputException;
import org.podium.cli.common.BookCommand;
import org.podium.cli.common.ExitCode;
import org.podium.cli.common.Json;
import org.podium.cli.common.LanguageOption;
import org.podium.cli.common.OutputFile;
import org.podium.cli.common.Parse;
import org.podium.domain.Event;
import org.podium.service.Book;
import org.podium.service.documents.AnnouncementService.Document;
import org.podium.service.documents.AnnouncementService.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code podium events announce} and {@code events mail}: the invitation page and the e-mails around an event. */
final class AnnounceCommand {
    private AnnounceCommand() {
    }

    @Command(name = "announce", description = "Write an event's invitation page (a concluded event's record page).")
    static final class Announce extends EventCommand {
        @Option(names = "--format", defaultValue = "html", paramLabel = "FORMAT",
                description = "html (a self-contained page, the default) or text.")
        String format;
        @Mixin
        LanguageOption language;
        @Mixin
        OutputFile output;

        @Override
        int run(long eventId) {
            Format chosen = Parse.choice("format", format, Format.class);
            Locale locale = language.locale();
            Event e = book().panel().event(eventId);
            Path file = book().announcements().save(eventId, Document.INVITATION, chosen, locale,
                    context().audienceZones(), output.path());
            return saved(this, file, e, chosen.name(), locale, "the invitation");
        }
    }

    @Command(name = "mail", description = "Write the reminder, thank-you or missed-you e-mail of an event,"
            + " to paste into the mailing tool that receives the export.")
    static final class Mail extends EventCommand {
        @Option(names = "--kind", required = true, paramLabel = "KIND",
                description = "reminder (the day before), thanks (to attendees) or missed (to no-shows).")
        String kind;
        @Mixin
        LanguageOption language;
        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "The file to write (- for standard output); without it the text is printed.")
        Path output;

        @Override
        int run(long eventId) {
            Document document = mailKind(kind);
            Locale locale = language.locale();
            Event e = book().panel().event(eventId);
            var zones = context().audienceZones();
            if (output != null) {
                Path file = book().announcements().save(eventId, document, Format.TEXT, locale, zones, OutputFile.resolve(output));
                return saved(this, file, e, document.name(), locale, "the " + kind + " e-mail");
            }
            String text = book().announcements().render(eventId, document, Format.TEXT, locale, zones);
            if (json()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("eventId", e.id());
                m.put("kind", document.name().toLowerCase(Locale.ROOT));
                m.put("language", locale.getLanguage());
                m.put("text", text);
                Json.print(out(), m);
            } else {
                out().print(text);
            }
            return ExitCode.OK;
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

    private static int saved(BookCommand command, Path file, Event e, String what, Locale locale, String described) {
        return command.report(() -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", file.toString());
            m.put("eventId", e.id());
            m.put("title", e.title());
            m.put("document", what.toLowerCase(Locale.ROOT));
            m.put("language", locale.getLanguage());
            return m;
        }, "Saved " + described + " of “" + e.title() + "” to " + file);
    }
}
