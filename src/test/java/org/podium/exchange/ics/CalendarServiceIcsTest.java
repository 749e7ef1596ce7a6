package org.podium.exchange.ics;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.service.Book;
import org.podium.service.documents.CalendarService;
import org.podium.service.documents.DocumentSources;
import org.podium.service.common.FileWriteException;
import org.podium.service.common.NotFoundException;
import org.podium.service.common.SafeFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Calendar files of stored events, from a real book in a temporary folder: the sample webinar
 * as its invitation states it, a stable UID, and writing that never leaves half a file.
 */
class CalendarServiceIcsTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
    private static final String FRONT_LINE = "European Cities on the Front Line";

    @TempDir
    Path dir;
    private Book book;
    private CalendarService calendar;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), NOW);
        calendar = new CalendarService(new DocumentSources(book.events(), book.directory(), NOW,
                SafeFiles.forBook(book.file())));
    }

    @AfterEach
    void close() {
        book.close();
    }

    private long sample(String title) {
        book.samples().load();
        return book.events().list().stream().filter(s -> s.event().title().equals(title)).findFirst()
                .orElseThrow().event().id();
    }

    private Ics read(Path file) throws IOException {
        return Ics.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void theSampleWebinarIsSavedAsItsInvitationStatesIt() throws Exception {
        long id = sample(FRONT_LINE);
        Path file = dir.resolve("front-line.ics");
        calendar.saveEventIcs(id, file);

        Ics ics = read(file);
        assertThat(ics.unfoldedLines()).contains("DTSTART;TZID=Europe/Rome:20200528T100000",
                "DTEND;TZID=Europe/Rome:20200528T110000");
        assertThat(ics.timeZones()).extracting(z -> z.getTimeZoneId().getValue()).containsExactly("Europe/Rome");
        assertThat(ics.value("UID")).isEqualTo("admin4all-2020-05-28-cities-front-line@sample.podium");
        assertThat(ics.value("SUMMARY"))
                .isEqualTo("European Cities on the Front Line — Advancing migrant inclusion in times of COVID-19");
        assertThat(ics.value("DESCRIPTION")).startsWith("Advancing migrant inclusion in times of COVID-19\n\n"
                + "Migration has dominated national and EU-level debates").endsWith("\n\nPlatform: WebEx");
        assertThat(ics.value("LOCATION")).isEqualTo("WebEx (online)");
        assertThat(ics.value("URL")).isNull();
        assertThat(ics.parameter("ORGANIZER", "CN")).isEqualTo("IOM Regional Office for the EEA, the EU and NATO");
        assertThat(ics.value("ORGANIZER")).isEqualTo("mailto:noreply@podium.invalid");
        assertThat(ics.value("STATUS")).isEqualTo("CONFIRMED");
        assertThat(ics.value("DTSTAMP")).isEqualTo("20261123T120000Z");
        assertThat(ics.alarm().getProperty("TRIGGER").orElseThrow().getValue()).isEqualTo("-PT15M");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(calendar.eventIcs(id));
    }

    @Test
    void theUidStaysAndTheSequenceIsTheStoredOne() throws Exception {
        Event stored = book.events().add(Event.builder("Gdańsk, Θεσσαλονίκη; Müller", LocalDateTime.of(2027, 3, 4, 9, 0),
                        ZoneId.of("Europe/Rome"), 45)
                .registrationUrl("https://example.org/r").accessUrl("https://webex.example/j").platform("WebEx")
                .icsSequence(3).build());
        Path first = dir.resolve("first.ics");
        Path second = dir.resolve("second.ics");
        calendar.saveEventIcs(stored.id(), first);
        calendar.saveEventIcs(stored.id(), second);

        Ics a = read(first);
        Ics b = read(second);
        assertThat(a.value("UID")).isEqualTo(stored.uid()).isNotBlank().isEqualTo(b.value("UID"));
        assertThat(a.value("SEQUENCE")).isEqualTo("3");
        assertThat(a.value("SUMMARY")).isEqualTo("Gdańsk, Θεσσαλονίκη; Müller");
        assertThat(a.value("URL")).isEqualTo("https://example.org/r");
        assertThat(a.value("DESCRIPTION"))
                .isEqualTo("Register: https://example.org/r\nJoin: https://webex.example/j\nPlatform: WebEx");
        assertThat(a.parameter("ORGANIZER", "CN")).isEqualTo("Podium");
        assertThat(a.value("DTEND")).isEqualTo("20270304T094500");
    }

    @Test
    void savingAgainReplacesTheFileAndLeavesNothingElse() throws Exception {
        long id = sample(FRONT_LINE);
        Path file = dir.resolve("out").resolve("event.ics");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "an older file");
        calendar.saveEventIcs(id, file);
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR\r\n");
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aMissingFolderIsNamedAndNothingIsWritten() {
        long id = sample(FRONT_LINE);
        Path folder = dir.resolve("no-such-folder");
        Path file = folder.resolve("event.ics");
        assertThatThrownBy(() -> calendar.saveEventIcs(id, file)).isInstanceOf(FileWriteException.class)
                .hasMessage("Cannot write " + file + ": the folder " + folder + " does not exist");
        assertThat(folder).doesNotExist();
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamed() throws Exception {
        long id = sample(FRONT_LINE);
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "notes");
        assertThatThrownBy(() -> calendar.saveEventIcs(id, notAFolder.resolve("event.ics")))
                .isInstanceOf(FileWriteException.class).hasMessageContaining(notAFolder + " is a file, not a folder");
        assertThatThrownBy(() -> calendar.saveEventIcs(id, dir)).isInstanceOf(FileWriteException.class)
                .hasMessage("Cannot write " + dir + ": it is a folder");
        assertThat(Files.readString(notAFolder)).isEqualTo("notes");
    }

    @Test
    void aReadOnlyFolderIsSaidInWords() {
        // Tests run as root on CI, where a read-only folder still accepts files; the wording is
        // checked on the exception the JDK throws for it.
        Path folder = dir.resolve("locked");
        Path file = folder.resolve("event.ics");
        FileWriteException e = FileWriteException.cannotWrite(file, folder,
                new AccessDeniedException(folder.resolve(".event.ics.1.tmp").toString()));
        assertThat(e).hasMessage("Cannot write " + file + ": the folder " + folder + " is read-only");
    }

    @Test
    void anUnknownEventWritesNothing() {
        Path file = dir.resolve("ghost.ics");
        assertThatThrownBy(() -> calendar.saveEventIcs(4242, file)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("4242");
        assertThatThrownBy(() -> calendar.eventIcs(4242)).isInstanceOf(NotFoundException.class);
        assertThat(file).doesNotExist();
    }
}
