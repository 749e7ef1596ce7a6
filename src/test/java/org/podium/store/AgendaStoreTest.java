package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.podium.domain.AgendaItem;
import org.podium.domain.Event;
import org.podium.domain.Person;

/** Runs on both kinds of book: the store's contract is the same on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class AgendaStoreTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    BookFixture book;
    Event event;
    Person lobianco;
    Person lubell;
    Person amelie;

    @BeforeEach
    void open() {
        book = new BookFixture(dir, engine);
        event = book.storedWebinar("Social Innovation for Migrant Integration");
        lobianco = book.storedPerson("Roberta", "Lo Bianco");
        lubell = book.storedPerson("David", "Lubell");
        amelie = book.storedPerson("Maria", "Amelie");
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void anItemRoundTripsWithItsSpeakersInTheirOrder() {
        // Speakers in an order that is neither by id nor by name: the running order of the panel.
        AgendaItem stored = book.agenda.insert(new AgendaItem(0, event.id(), 0, "Panel discussion", 30,
                List.of(amelie.id(), lobianco.id(), lubell.id()), "Each speaker 8 minutes"));
        book.reopen();

        assertThat(stored.id()).isPositive();
        assertThat(book.agenda.forEvent(event.id())).containsExactly(stored);
        assertThat(book.agenda.forEvent(event.id()).get(0).speakerIds())
                .containsExactly(amelie.id(), lobianco.id(), lubell.id());
    }

    @Test
    void itemsComeInRunningOrderNotTheOrderTheyWereAdded() {
        AgendaItem qa = book.agenda.insert(new AgendaItem(0, event.id(), 2, "Questions and answers", 15,
                List.of(), ""));
        AgendaItem welcome = book.agenda.insert(new AgendaItem(0, event.id(), 0, "Welcome", 15,
                List.of(), ""));
        AgendaItem panel = book.agenda.insert(new AgendaItem(0, event.id(), 1, "Panel", 30,
                List.of(lubell.id()), ""));

        assertThat(book.agenda.forEvent(event.id())).containsExactly(welcome, panel, qa);
    }

    @Test
    void anUpdateReplacesTheItemAndItsSpeakers() {
        AgendaItem stored = book.agenda.insert(new AgendaItem(0, event.id(), 0, "Panel", 30,
                List.of(lobianco.id(), lubell.id()), ""));
        AgendaItem changed = new AgendaItem(stored.id(), event.id(), 1, "Panel discussion", 40,
                List.of(lubell.id(), amelie.id()), "Moderated");

        book.agenda.update(changed);
        book.reopen();

        assertThat(book.agenda.forEvent(event.id())).containsExactly(changed);
    }

    @Test
    void deletingAnItemTakesItsSpeakerLinksButNotThePeople() {
        AgendaItem stored = book.agenda.insert(new AgendaItem(0, event.id(), 0, "Panel", 30,
                List.of(lobianco.id(), lubell.id()), ""));

        assertThat(book.agenda.delete(stored.id())).isTrue();

        assertThat(book.agenda.forEvent(event.id())).isEmpty();
        assertThat(book.count("SELECT count(*) FROM agenda_speaker")).isZero();
        assertThat(book.people.find(lobianco.id())).isPresent();
        assertThat(book.agenda.delete(stored.id())).isFalse();
    }

    @Test
    void eachEventHasItsOwnAgenda() {
        Event other = book.storedWebinar("Other");
        book.agenda.insert(new AgendaItem(0, event.id(), 0, "Here", 10, List.of(), ""));
        AgendaItem there = book.agenda.insert(new AgendaItem(0, other.id(), 0, "There", 10, List.of(), ""));

        assertThat(book.agenda.forEvent(other.id())).containsExactly(there);
    }

    @Test
    void reorderingPutsTheItemsInTheGivenOrder() {
        AgendaItem a = book.agenda.insert(new AgendaItem(0, event.id(), 0, "Welcome", 5, List.of(), ""));
        AgendaItem b = book.agenda.insert(new AgendaItem(0, event.id(), 1, "Panel", 30, List.of(lubell.id()), ""));
        AgendaItem c = book.agenda.insert(new AgendaItem(0, event.id(), 2, "Q&A", 15, List.of(), ""));

        book.agenda.reorder(event.id(), List.of(b.id(), c.id(), a.id()));
        book.reopen();

        assertThat(book.agenda.forEvent(event.id())).extracting(AgendaItem::title)
                .containsExactly("Panel", "Q&A", "Welcome");
        assertThat(book.agenda.find(b.id())).hasValueSatisfying(found -> {
            assertThat(found.position()).isZero();
            assertThat(found.speakerIds()).containsExactly(lubell.id());
        });
        assertThat(book.agenda.nextPosition(event.id())).isEqualTo(3);
        assertThat(book.agenda.find(999)).isEmpty();
    }
}
