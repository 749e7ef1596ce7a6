package org.podium.service.documents;

import org.podium.service.common.Preferences;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.domain.Person;
import org.podium.service.events.EventDetails;
import org.podium.service.common.NotFoundException;
import org.podium.service.common.Wording;

/**
 * Writes what a coordinator sends around an event, from its record: the invitation (a page
 * that becomes the event's record once it has concluded), and the reminder, thank-you and
 * missed-you e-mails, in English or Italian, from the templates under {@code src/main/jte}.
 */
public final class AnnouncementService {
    /** The templates, compiled with the code (jte-maven-plugin). */
    private static final TemplateEngine HTML = TemplateEngine.createPrecompiled(null, ContentType.Html, null,
            "org.podium.service.documents.html");
    private static final TemplateEngine TEXT = TemplateEngine.createPrecompiled(null, ContentType.Plain, null,
            "org.podium.service.documents.text");

    /** What is written. */
    public enum Document {
        INVITATION, REMINDER, THANKS, MISSED;

        String template() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** In which form. */
    public enum Format {
        HTML, TEXT
    }


    private final DocumentSources sources;

    public AnnouncementService(DocumentSources sources) {
        this.sources = sources;
    }

    /**
     * The facts of an event's announcement in a language, with the start in each of the audience's
     * zones (the Preferences'); an unknown id is a {@link NotFoundException}.
     */
    public Announcement facts(long eventId, Locale language, List<ZoneId> audienceZones) {
        EventDetails d = sources.events().details(eventId)
                .orElseThrow(() -> new NotFoundException("There is no event " + eventId + "."));
        Map<Long, Person> people = sources.directory().peopleById();
        return AnnouncementFacts.of(d, people, audienceZones, Wording.of(language));
    }

    /** A document of an event, as text or HTML; e-mails are text whatever is asked. */
    public String render(long eventId, Document document, Format format, Locale language, List<ZoneId> audienceZones) {
        return render(facts(eventId, language, audienceZones), document, format);
    }

    /** The document made from facts already gathered (the window's preview keeps them). */
    public static String render(Announcement facts, Document document, Format format) {
        boolean html = format == Format.HTML && document == Document.INVITATION;
        String name = document.template() + "_" + facts.lang() + ".jte";
        StringOutput out = new StringOutput();
        try {
            (html ? HTML : TEXT).render(name, facts, out);
        } catch (TemplateException e) {
            throw new IllegalStateException("The template " + name + " could not be used: " + e.getMessage(), e);
        }
        return html ? out.toString() : tidy(out.toString());
    }

    /** Saves a document as UTF-8, written whole or not at all. */
    public Path save(long eventId, Document document, Format format, Locale language, List<ZoneId> audienceZones,
                     Path file) {
        return write(file, render(eventId, document, format, language, audienceZones));
    }

    /** Saves text already written (what the window shows) as UTF-8, whole or not at all. */
    public Path write(Path file, String text) {
        return sources.files().write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Plain text without the blank lines the templates' structure leaves: at most one blank line in a row. */
    static String tidy(String text) {
        String lines = text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
        return lines.strip() + "\n";
    }
}
