package org.podium.exchange.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.Person;
import org.podium.service.Book;
import org.podium.service.documents.CalendarService;
import org.podium.service.common.NotFoundException;

/** Each speaker's own calendar file: the event addressed to them, with their role and slot. */
class SpeakerInvitationTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Book book;
    private long eventId;
    private Person patuzzi;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), NOW);
        book.samples().load();
        eventId = book.events().list().stream()
                .filter(s -> s.event().title().equals("Social Innovation for Migrant Integration")).findFirst()
                .orElseThrow().event().id();
        Person stored = book.directory().people().stream().map(l -> l.person())
                .filter(p -> p.lastName().equals("Patuzzi")).findFirst().orElseThrow();
        patuzzi = book.directory().updatePerson(new Person(stored.id(), "", stored.firstName(), stored.lastName(),
                "liam.patuzzi@mpie.example", "", stored.position(), stored.organisationId(), "", "", "", ""));
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void theInvitationIsTheEventsEntryAddressedToTheSpeakerWithTheirRoleAndSlot() throws Exception {
        Path file = dir.resolve("patuzzi.ics");

        CalendarService.Invitation saved = book.calendar().saveSpeakerIcs(eventId, patuzzi.id(), file);

        assertThat(saved.addressed()).isTrue();
        Ics ics = Ics.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(ics.calendarValue("METHOD")).isEqualTo("REQUEST");
        assertThat(ics.value("UID")).isEqualTo("admin4all-2020-09-24-social-innovation@sample.podium");
        assertThat(ics.value("ATTENDEE")).isEqualTo("mailto:liam.patuzzi@mpie.example");
        assertThat(ics.parameter("ATTENDEE", "CN")).isEqualTo("Liam Patuzzi");
        assertThat(ics.unfoldedLines()).contains("DTSTART;TZID=Europe/Rome:20200924T100000");
        assertThat(ics.value("DESCRIPTION")).endsWith("\n\nInvitation for Liam Patuzzi: Presenter (confirmed).\n"
                + "Your slot: 10:15–10:30 CEST (15 min), Presentation of the study “Driving Migrant Inclusion"
                + " through Social Innovation”.");
    }

    @Test
    void aSpeakerWithoutAnAddressGetsTheirSlotsButNoRequest() {
        Person svarc = book.directory().people().stream().map(l -> l.person())
                .filter(p -> p.lastName().equals("Svarc")).findFirst().orElseThrow();

        Ics ics = Ics.parse(book.calendar().speakerIcs(eventId, svarc.id()));

        assertThat(ics.calendarValue("METHOD")).isEqualTo("PUBLISH");
        assertThat(ics.value("ATTENDEE")).isNull();
        assertThat(ics.value("DESCRIPTION")).contains("Invitation for Jiri Svarc: Keynote (confirmed).\n"
                + "Your slot: 10:00–10:15 CEST (15 min), Welcome and keynote.");
    }

    @Test
    void someoneWithoutASeatOrUnknownGetsNoFile() {
        Person stranger = book.directory().addPerson(Person.named("Ana", "Stranger"));
        Path file = dir.resolve("stranger.ics");

        assertThatThrownBy(() -> book.calendar().saveSpeakerIcs(eventId, stranger.id(), file))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("Ana Stranger (person "
                        + stranger.id() + ") has no seat on “Social Innovation for Migrant Integration”");
        assertThatThrownBy(() -> book.calendar().saveSpeakerIcs(eventId, 999, file))
                .isInstanceOf(NotFoundException.class).hasMessage("There is no person 999.");
        assertThat(file).doesNotExist();
    }
}
