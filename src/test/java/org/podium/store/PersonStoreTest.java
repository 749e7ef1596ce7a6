package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.domain.Person;

/** Runs on both kinds of book: the store's contract is the same on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class PersonStoreTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    BookFixture book;

    @BeforeEach
    void open() {
        book = new BookFixture(dir, engine);
    }

    @AfterEach
    void close() {
        book.close();
    }

    private Person liam(Long organisationId) {
        return new Person(0, "Dr", "Liam", "Patuzzi", "Liam.Patuzzi@MPIEurope.org", "+32 2 000 00 00",
                "Policy Analyst", organisationId, "Brussels", "BE", "Works on integration policy.",
                "Prefers morning slots");
    }

    @Test
    void everyFieldRoundTripsThroughTheFile() {
        Organisation mpie = book.organisations.insert(new Organisation(0, "Migration Policy Institute Europe",
                "MPIE", OrganisationKind.PARTNER, "Brussels", "BE"));
        Person stored = book.people.insert(liam(mpie.id()));
        Person withoutOrganisation = book.people.insert(Person.named("Maria", "Amelie"));
        book.reopen();

        assertThat(stored.id()).isPositive();
        assertThat(book.people.find(stored.id())).contains(stored);
        assertThat(book.people.find(stored.id()).orElseThrow().email())
                .as("the address is kept as typed").isEqualTo("Liam.Patuzzi@MPIEurope.org");
        assertThat(book.people.find(withoutOrganisation.id()).orElseThrow().organisationId()).isNull();
    }

    @Test
    void findByEmailIgnoresCaseAndSurroundingSpaces() {
        Person stored = book.people.insert(liam(null));

        assertThat(book.people.findByEmail("  liam.patuzzi@mpieurope.ORG ")).contains(stored);
        assertThat(book.people.findByEmail("liam@mpieurope.org")).isEmpty();
        assertThat(book.people.findByEmail("  ")).isEmpty();
    }

    @Test
    void twoPeopleCannotShareAnEmailWhateverItsCase() {
        book.people.insert(liam(null));

        assertThatThrownBy(() -> book.people.insert(new Person(0, "", "L.", "Patuzzi",
                " liam.patuzzi@mpieurope.org", "", "", null, "", "", "", "")))
                .isInstanceOf(StoreException.class);
        assertThat(book.people.all()).hasSize(1);
    }

    @Test
    void anUpdateCannotTakeSomeoneElsesEmail() {
        book.people.insert(liam(null));
        Person maria = book.people.insert(Person.named("Maria", "Amelie"));

        Person taking = new Person(maria.id(), "", "Maria", "Amelie", "LIAM.PATUZZI@mpieurope.org", "", "",
                null, "", "", "", "");

        assertThatThrownBy(() -> book.people.update(taking)).isInstanceOf(StoreException.class);
        assertThat(book.people.find(maria.id()).orElseThrow().email()).isEmpty();
    }

    @Test
    void manyPeopleMayHaveNoEmail() {
        book.people.insert(Person.named("Jiri", "Svarc"));
        book.people.insert(Person.named("David", "Lubell"));

        assertThat(book.people.all()).hasSize(2);
    }

    @Test
    void anUpdateReplacesEveryFieldAndTheEmailItIsFoundBy() {
        Person stored = book.people.insert(liam(null));
        Person changed = new Person(stored.id(), "", "Liam", "Patuzzi", "lpatuzzi@example.org", "",
                "Senior Policy Analyst", null, "Berlin", "DE", "", "");

        book.people.update(changed);
        book.reopen();

        assertThat(book.people.find(stored.id())).contains(changed);
        assertThat(book.people.findByEmail("LPatuzzi@example.org")).contains(changed);
        assertThat(book.people.findByEmail("liam.patuzzi@mpieurope.org")).isEmpty();
    }

    @Test
    void findByNameIgnoresCaseAndSpaces() {
        Person stored = book.people.insert(Person.named("Roberta", "Lo Bianco"));

        assertThat(book.people.findByName(" roberta", "LO BIANCO ")).contains(stored);
        assertThat(book.people.findByName("Roberta", "Bianco")).isEmpty();
    }

    @Test
    void allListsPeopleByLastThenFirstName() {
        book.people.insert(Person.named("Liam", "Patuzzi"));
        book.people.insert(Person.named("maria", "amelie"));
        book.people.insert(Person.named("Laurence", "Hart"));
        book.people.insert(Person.named("Anna", "Hart"));

        assertThat(book.people.all()).extracting(Person::fullName)
                .containsExactly("maria amelie", "Anna Hart", "Laurence Hart", "Liam Patuzzi");
    }

    @Test
    void aPersonCannotBelongToAnOrganisationThatDoesNotExist() {
        assertThatThrownBy(() -> book.people.insert(liam(999L))).isInstanceOf(StoreException.class);
    }
}
