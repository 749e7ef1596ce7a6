package org.podium.service.events;

import org.podium.service.Book;
import org.podium.service.common.NotFoundException;
import org.podium.service.directory.DirectoryService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.Person;
import org.podium.store.PanelStore;

/** Events and people wait in the trash, whole, until restored or emptied for good. */
class TrashServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path dir;
    Book book;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        book.samples().load();
    }

    @AfterEach
    void close() {
        book.close();
    }

    private Person hart() {
        return book.directory().people().stream().map(DirectoryService.PersonLine::person)
                .filter(p -> p.lastName().equals("Hart")).findFirst().orElseThrow();
    }

    @Test
    void aPersonInTheTrashDisappearsFromTheDirectoryAndComesBackWithTheirSeats() {
        Person hart = hart();
        Event event = book.events().list().get(1).event();
        book.trash().movePersonToTrash(hart.id());

        assertThat(book.directory().people()).extracting(l -> l.person().lastName()).doesNotContain("Hart");
        assertThat(book.events().details(event.id()).orElseThrow().seats()).isEmpty();
        assertThat(book.trash().list()).extracting(TrashService.Item::kind, TrashService.Item::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TrashService.Kind.PERSON, "Laurence Hart"));

        assertThat(book.trash().restore(TrashService.Kind.PERSON, hart.id())).isEqualTo("Laurence Hart");
        assertThat(book.events().details(event.id()).orElseThrow().seats()).hasSize(1);
        assertThat(book.trash().list()).isEmpty();
    }

    @Test
    void emptyingTheTrashDeletesEventsAndPeopleForGood() {
        Event event = book.events().list().get(0).event();
        book.events().moveToTrash(event.id());
        Person hart = hart();
        book.trash().movePersonToTrash(hart.id());
        assertThat(book.trash().list()).hasSize(2);

        TrashService.Emptied emptied = book.trash().empty();

        assertThat(emptied).isEqualTo(new TrashService.Emptied(1, 1));
        assertThat(book.trash().list()).isEmpty();
        assertThat(new PanelStore(book.database()).forPerson(hart.id())).isEmpty();
        assertThat(book.events().list()).hasSize(1);
        assertThatThrownBy(() -> book.trash().restore(TrashService.Kind.EVENT, event.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theTrashListsTheMostRecentlyDeletedFirst() {
        List<EventSummary> events = book.events().list();
        book.events().moveToTrash(events.get(0).event().id());
        book.close();
        book = Composition.openBook(dir.resolve("book.db"), Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));
        book.events().moveToTrash(events.get(1).event().id());

        assertThat(book.trash().list()).extracting(TrashService.Item::name)
                .containsExactly(events.get(1).event().title(), events.get(0).event().title());
        assertThat(book.trash().list().get(0).trashedAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
