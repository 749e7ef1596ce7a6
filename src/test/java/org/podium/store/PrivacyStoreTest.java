package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.podium.domain.Event;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;

/** One address across the whole book: the look-ups behind a privacy request. */
/** Runs on both kinds of book: the store's contract is the same on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class PrivacyStoreTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    BookFixture book;
    PrivacyStore privacy;
    Event first;
    Event trashed;
    Event other;

    @BeforeEach
    void open() {
        book = new BookFixture(dir, engine);
        privacy = new PrivacyStore(book.database);
        first = book.storedWebinar("European Cities on the Front Line");
        trashed = book.storedWebinar("Social Innovation for Migrant Integration");
        other = book.storedWebinar("Unrelated");
        book.storedRegistration(first.id(), "Ana.Costa@Example.org", RegistrationStatus.ATTENDED);
        book.storedRegistration(trashed.id(), "ana.costa@example.org ", RegistrationStatus.REGISTERED);
        book.storedRegistration(other.id(), "marco@example.org", RegistrationStatus.REGISTERED);
        book.events.moveToTrash(trashed.id(), Instant.parse("2026-11-30T10:00:00Z"));
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void anAddressIsFoundInEveryEventWhateverItsCaseAndEvenInTheTrash() {
        List<Registration> found = privacy.registrations(" ANA.COSTA@example.ORG");

        assertThat(found).extracting(Registration::eventId).containsExactly(first.id(), trashed.id());
    }

    @Test
    void erasingAnAddressDeletesItsRegistrationsInEveryEventAndNoOther() {
        PrivacyStore.Erased erased = privacy.erase("ana.costa@example.org");

        assertThat(erased.registrations()).isEqualTo(2);
        assertThat(book.count("SELECT count(*) FROM registration")).isEqualTo(1);
        assertThat(privacy.registrations("marco@example.org")).hasSize(1);
    }

    @Test
    void everyMentionInOtherRecordsTextIsFoundAndBlankedEvenTwoInOneRow() {
        Person speaker = book.people.insert(new Person(0, "", "Lia", "Rossi", "", "", "", null, "", "",
                "Write to ana.costa@example.org", "Cc ANA.COSTA@example.org, not joana.costa@example.org"));
        book.events.update(book.events.find(other.id()).orElseThrow().toBuilder()
                .description("Questions: ana.costa@example.org").build());

        assertThat(privacy.mentions("ana.costa@example.org")).extracting(PrivacyStore.Mention::column)
                .contains("bio", "notes", "description");
        PrivacyStore.Erased erased = privacy.erase("ana.costa@example.org");

        Person after = book.people.find(speaker.id()).orElseThrow();
        assertThat(after.bio()).isEqualTo("Write to [erased]");
        assertThat(after.notes()).isEqualTo("Cc [erased], not joana.costa@example.org");
        assertThat(book.events.find(other.id()).orElseThrow().description()).isEqualTo("Questions: [erased]");
        assertThat(erased.mentionsBlanked()).isEqualTo(3);
        assertThat(privacy.mentions("ana.costa@example.org")).isEmpty();
    }

}
