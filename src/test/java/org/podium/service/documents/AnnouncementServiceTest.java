package org.podium.service.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.EventStatus;
import org.podium.service.Book;
import org.podium.service.common.NotFoundException;
import org.podium.service.documents.AnnouncementService.Document;
import org.podium.service.documents.AnnouncementService.Format;

/** The invitation and the e-mails, written from the two sample webinars as their seed pages read. */
class AnnouncementServiceTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/London"), ZoneId.of("Europe/Rome"));

    @TempDir
    Path dir;
    Book book;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), CLOCK);
        book.samples().load();
    }

    @AfterEach
    void close() {
        book.close();
    }

    private long sample(String title) {
        return book.events().list().stream().filter(s -> s.event().title().equals(title)).findFirst()
                .orElseThrow().event().id();
    }

    private String render(String title, Document document, Format format, Locale language) {
        return book.announcements().render(sample(title), document, format, language, ZONES);
    }

    @Test
    void theSecondSeedPageInEnglishHasEveryFact() {
        String html = render("Social Innovation for Migrant Integration", Document.INVITATION, Format.HTML,
                Locale.ENGLISH);
        assertThat(html).contains("<h1>Social Innovation for Migrant Integration</h1>",
                "Lessons for cities under pandemic",
                "Innovazione Sociale per l’Integrazione dei Migranti: Lezioni per le città in tempo di pandemia",
                "The IOM Regional Office for the EEA, the EU and NATO and the IOM Coordination Office for the"
                        + " Mediterranean – Mission to Italy, Malta and the Holy See are pleased to invite you",
                "Thursday, 24 September 2020, 10:00 – 11:15 (CEST)", "09:00 London (BST)",
                "WebEx platform",
                "<strong>Jiri Svarc</strong>, Head of the Social Investment Strategy Unit at European Commission",
                "<strong>Liam Patuzzi</strong>, Policy Analyst at Migration Policy Institute Europe",
                "<strong>Roberta Lo Bianco</strong>, Migration Coordinator at CESIE",
                "<strong>David Lubell</strong>, Director at Welcoming International",
                "<strong>Maria Amelie</strong>, Co-founder at Startup Migrants",
                "in cooperation with the Migration Policy Institute Europe",
                "part of the ADMin4ALL project, funded by the European Union",
                "public and recorded",
                "10 · Reduced inequalities", "11 · Sustainable cities and communities",
                "17 · Partnerships for the goals", "background:#DD1367")
                .doesNotContain("<script", "http://", "https://fonts");
        assertThat(html.indexOf("Jiri Svarc")).isLessThan(html.indexOf("Liam Patuzzi"));
    }

    @Test
    void inItalianTheItalianTitleLeads() {
        String html = render("Social Innovation for Migrant Integration", Document.INVITATION, Format.HTML,
                Locale.ITALIAN);
        assertThat(html).contains("lang=\"it\"",
                "<h1>Innovazione Sociale per l’Integrazione dei Migranti: Lezioni per le città in tempo di pandemia</h1>",
                "<p class=\"sub\">Social Innovation for Migrant Integration</p>",
                "Giovedì, 24 settembre 2020, 10:00 – 11:15 (CEST)", "Quando?", "Dove?", "Piattaforma WebEx",
                "hanno il piacere di invitarvi", "pubblico e registrato", "progetto ADMin4ALL",
                "finanziato da European Union", "Sono intervenuti", "10 · Ridurre le disuguaglianze");
    }

    @Test
    void theFirstSeedPageAsPlainText() {
        String text = render("European Cities on the Front Line", Document.INVITATION, Format.TEXT, Locale.ENGLISH);
        assertThat(text.replaceAll("\\s+", " ")).contains("EUROPEAN CITIES ON THE FRONT LINE",
                "Advancing migrant inclusion in times of COVID-19",
                "When? Thursday, 28 May 2020, 10:00 – 11:00 (CEST)", "Where? WebEx platform",
                "Laurence Hart, Director of the Coordination Office for the Mediterranean",
                "the Municipality of Thessaloniki, the City of Gdańsk and the Municipality of Milan")
                .doesNotContain("<", "&amp;");
        assertThat(text).doesNotContain("\n\n\n").contains("CONCLUDED\n\nThe IOM");
        assertThat(text.lines()).allMatch(line -> line.length() <= 76 || !line.strip().contains(" "));
    }

    @Test
    void anUpcomingEventInvitesToRegister() {
        long id = sample("Social Innovation for Migrant Integration");
        Event e = book.events().get(id);
        book.events().update(new Event(e.id(), e.uid(), e.title(), e.subtitle(), e.secondTitle(), e.kind(),
                e.seriesId(), EventStatus.SCHEDULED, LocalDateTime.of(2027, 3, 4, 10, 0), e.zone(), e.minutes(),
                e.platform(), "", e.accessUrl(), e.recordingUrl(), e.reportUrl(), e.capacity(), e.isPublic(),
                e.recorded(), e.description(), e.organisers(), e.sdgs(), e.icsSequence()));
        assertThat(book.announcements().render(id, Document.INVITATION, Format.HTML, Locale.ENGLISH, ZONES))
                .contains("WebEx platform", "(register to get access link)", "Speakers at the webinar will be:",
                        "We look forward to you participating in the discussion.",
                        "The link to the recording will be available after the end of the live event.")
                .doesNotContain("Concluded");
        assertThat(book.announcements().render(id, Document.INVITATION, Format.TEXT, Locale.ITALIAN, ZONES))
                .contains("Dove? Piattaforma WebEx (registratevi per ricevere il link di accesso)", "Interverranno:");
    }

    @Test
    void aConcludedEventBecomesItsRecordWithItsLinks() {
        long id = sample("European Cities on the Front Line");
        Event e = book.events().get(id);
        book.events().update(withLinks(e, "https://example.org/rec", "https://example.org/report.pdf"));
        String html = book.announcements().render(id, Document.INVITATION, Format.HTML, Locale.ENGLISH, ZONES);
        assertThat(html).contains("Concluded", "<a href=\"https://example.org/rec\">Watch the webinar</a>",
                "<a href=\"https://example.org/report.pdf\">Download the report</a>", "Speakers at the webinar were")
                .doesNotContain("register to get access link", "We look forward");
    }

    @Test
    void markupInAnyFieldIsText() {
        long id = sample("Social Innovation for Migrant Integration");
        Event e = book.events().get(id);
        book.events().update(new Event(e.id(), e.uid(), "<script>alert(1)</script> & co", "<b>bold</b>",
                e.secondTitle(), e.kind(), e.seriesId(), EventStatus.SCHEDULED, LocalDateTime.of(2027, 3, 4, 10, 0),
                e.zone(), e.minutes(), "Web\"Ex", e.registrationUrl(), e.accessUrl(), e.recordingUrl(),
                e.reportUrl(), e.capacity(), e.isPublic(), e.recorded(), "<img src=x onerror=alert(1)>",
                e.organisers(), e.sdgs(), e.icsSequence()));
        for (Locale language : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            String html = book.announcements().render(id, Document.INVITATION, Format.HTML, language, ZONES);
            assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co", "&lt;b&gt;bold&lt;/b&gt;",
                    "&lt;img src=x onerror=alert(1)&gt;")
                    .doesNotContain("<script", "<b>", "<img");
        }
    }

    @Test
    void anEmptyEventGivesASensiblePage() {
        Event bare = book.events().add(new Event(0, null, "Bare", "", "", null, null, EventStatus.DRAFT,
                LocalDateTime.of(2027, 1, 12, 15, 0), ZoneId.of("Europe/Rome"), 45, "", "", "", "", "", null,
                false, false, "", List.of(), null, 0));
        String html = book.announcements().render(bare.id(), Document.INVITATION, Format.HTML, Locale.ENGLISH, ZONES);
        assertThat(html).contains("<h1>Bare</h1>", "Tuesday, 12 January 2027, 15:00 – 15:45 (CET)")
                .doesNotContain("Speakers", "Where?", "Programme", "pleased to invite", "Sustainable", "funded",
                        "<p></p>", "<ul>\n</ul>");
        String text = book.announcements().render(bare.id(), Document.INVITATION, Format.TEXT, Locale.ITALIAN, ZONES);
        assertThat(text).contains("BARE", "Quando?").doesNotContain("Dove?", "Interverranno");
    }

    @Test
    void aLongDescriptionWraps() {
        long id = sample("Social Innovation for Migrant Integration");
        Event e = book.events().get(id);
        String longText = "word ".repeat(1000).strip();
        book.events().update(new Event(e.id(), e.uid(), e.title(), e.subtitle(), e.secondTitle(), e.kind(),
                e.seriesId(), e.status(), e.start(), e.zone(), e.minutes(), e.platform(), e.registrationUrl(),
                e.accessUrl(), e.recordingUrl(), e.reportUrl(), e.capacity(), e.isPublic(), e.recorded(), longText,
                e.organisers(), e.sdgs(), e.icsSequence()));
        String text = book.announcements().render(id, Document.INVITATION, Format.TEXT, Locale.ENGLISH, ZONES);
        assertThat(text.lines()).allMatch(line -> line.length() <= 76);
        assertThat(text.replaceAll("\\s+", " ")).contains(longText);
    }

    @ParameterizedTest
    @EnumSource(value = Document.class, names = {"REMINDER", "THANKS", "MISSED"})
    void everyMailInBothLanguagesSaysWhichListItGoesTo(Document kind) {
        for (Locale language : List.of(Locale.ENGLISH, Locale.ITALIAN)) {
            String text = render("Social Innovation for Migrant Integration", kind, Format.TEXT, language);
            assertThat(text).contains("Social Innovation for Migrant Integration (2020-09-24)");
            String list = switch (kind) {
                case REMINDER -> language == Locale.ENGLISH ? "All active" : "Tutti gli iscritti attivi";
                case THANKS -> language == Locale.ENGLISH ? "Attended only" : "Solo i presenti";
                default -> language == Locale.ENGLISH ? "No-shows only" : "Solo gli assenti";
            };
            assertThat(text).contains(list);
        }
    }

    @Test
    void theMailsCarryTheirLinks() {
        long id = sample("Social Innovation for Migrant Integration");
        Event e = book.events().get(id);
        String reminder = book.announcements().render(id, Document.REMINDER, Format.TEXT, Locale.ENGLISH, ZONES);
        assertThat(reminder.replaceAll("\\s+", " ")).contains("tomorrow, Thursday, 24 September 2020, 10:00 – 11:15 (CEST)")
                .doesNotContain("tech");
        assertThat(book.announcements().render(id, Document.THANKS, Format.TEXT, Locale.ENGLISH, ZONES))
                .contains("The link to the recording will follow.", "The report will follow.");
        book.events().update(withLinks(e, "https://example.org/rec", ""));
        assertThat(book.announcements().render(id, Document.THANKS, Format.TEXT, Locale.ENGLISH, ZONES))
                .contains("The recording: https://example.org/rec");
        assertThat(book.announcements().render(id, Document.MISSED, Format.TEXT, Locale.ITALIAN, ZONES))
                .contains("Può guardare la registrazione qui: https://example.org/rec");
    }

    @Test
    void savingWritesUtf8AndAnUnknownEventIsNamed() throws Exception {
        Path file = dir.resolve("invito.html");
        book.announcements().save(sample("Social Innovation for Migrant Integration"), Document.INVITATION,
                Format.HTML, Locale.ITALIAN, ZONES, file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("città");
        assertThatThrownBy(() -> book.announcements().render(999, Document.INVITATION, Format.HTML, Locale.ENGLISH,
                ZONES)).isInstanceOf(NotFoundException.class).hasMessageContaining("999");
    }

    private static Event withLinks(Event e, String recording, String report) {
        return new Event(e.id(), e.uid(), e.title(), e.subtitle(), e.secondTitle(), e.kind(), e.seriesId(),
                e.status(), e.start(), e.zone(), e.minutes(), e.platform(), e.registrationUrl(), e.accessUrl(),
                recording, report, e.capacity(), e.isPublic(), e.recorded(), e.description(), e.organisers(),
                e.sdgs(), e.icsSequence());
    }
}
