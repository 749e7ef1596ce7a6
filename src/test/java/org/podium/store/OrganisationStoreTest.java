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

/** Runs on both kinds of book: the store's contract is the same on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class OrganisationStoreTest {
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

    @Test
    void everyKindAndNonAsciiNamesRoundTripThroughTheFile() {
        Organisation mpie = book.organisations.insert(new Organisation(0, "Migration Policy Institute Europe",
                "MPIE", OrganisationKind.PARTNER, "Brussels", "BE"));
        Organisation gdansk = book.organisations.insert(new Organisation(0, "City of Gdańsk", "Gdańsk",
                OrganisationKind.PARTICIPATING_CITY, "Gdańsk", "PL"));
        Organisation iom = book.organisations.insert(new Organisation(0,
                "IOM Coordination Office for the Mediterranean – Mission to Italy, Malta and the Holy See",
                "IOM CO Mediterranean", OrganisationKind.ORGANISER, "Rome", "IT"));
        Organisation eu = book.organisations.insert(new Organisation(0, "European Union", "EU",
                OrganisationKind.FUNDER, "", ""));
        Organisation other = book.organisations.insert(new Organisation(0, "Startup Migrants", "",
                OrganisationKind.OTHER, "", ""));
        book.reopen();

        for (Organisation o : new Organisation[] {mpie, gdansk, iom, eu, other}) {
            assertThat(o.id()).isPositive();
            assertThat(book.organisations.find(o.id())).contains(o);
        }
    }

    @Test
    void anUpdateReplacesEveryField() {
        Organisation stored = book.organisations.insert(new Organisation(0, "Municipality of Milan", "Milan",
                OrganisationKind.PARTICIPATING_CITY, "Milan", "IT"));
        Organisation changed = new Organisation(stored.id(), "Comune di Milano", "Milano",
                OrganisationKind.PARTNER, "Milano", "IT");

        book.organisations.update(changed);
        book.reopen();

        assertThat(book.organisations.find(stored.id())).contains(changed);
    }

    @Test
    void findByNameIgnoresCaseAndSurroundingSpaces() {
        Organisation stored = book.organisations.insert(new Organisation(0, "Migration Policy Institute Europe",
                "MPIE", OrganisationKind.PARTNER, "", ""));

        assertThat(book.organisations.findByName(" migration policy institute europe ")).contains(stored);
        assertThat(book.organisations.findByName("MPIE")).isEmpty();
    }

    @Test
    void twoOrganisationsCannotShareAName() {
        book.organisations.insert(new Organisation(0, "European Union", "EU", OrganisationKind.FUNDER, "", ""));

        assertThatThrownBy(() -> book.organisations.insert(new Organisation(0, "EUROPEAN UNION", "",
                OrganisationKind.OTHER, "", ""))).isInstanceOf(StoreException.class);
        assertThat(book.organisations.all()).hasSize(1);
    }

    @Test
    void allListsOrganisationsAlphabeticallyIgnoringCase() {
        book.organisations.insert(new Organisation(0, "welcoming International", "", null, "", ""));
        book.organisations.insert(new Organisation(0, "CESIE", "", null, "", ""));
        book.organisations.insert(new Organisation(0, "European Union", "", null, "", ""));

        assertThat(book.organisations.all()).extracting(Organisation::name)
                .containsExactly("CESIE", "European Union", "welcoming International");
    }

    @Test
    void deletingLeavesItsPeopleWithoutItAndReinsertingKeepsTheId() {
        Organisation mpie = book.organisations.insert(new Organisation(0, "Migration Policy Institute Europe", "MPIE",
                OrganisationKind.PARTNER, "Brussels", "BE"));
        var liam = book.people.insert(new org.podium.domain.Person(0, "", "Liam", "Patuzzi", "", "", "", mpie.id(),
                "", "", "", ""));

        assertThat(book.organisations.delete(mpie.id())).isTrue();
        assertThat(book.organisations.find(mpie.id())).isEmpty();
        assertThat(book.people.find(liam.id()).orElseThrow().organisationId()).isNull();

        book.organisations.reinsert(mpie);
        book.reopen();
        assertThat(book.organisations.find(mpie.id())).contains(mpie);
    }

    @Test
    void anOrganisationThatOrganisesAnEventCannotBeDeleted() {
        Organisation iom = book.organisations.insert(new Organisation(0, "IOM", "", OrganisationKind.ORGANISER, "", ""));
        book.events.insert(BookFixture.webinar("Webinar", java.time.LocalDateTime.of(2026, 12, 1, 10, 0))
                .organisers(java.util.List.of(new org.podium.domain.Organiser(iom.id(),
                        org.podium.domain.OrganiserRole.ORGANISER))).build());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> book.organisations.delete(iom.id()))
                .isInstanceOf(StoreException.class);
        assertThat(book.organisations.find(iom.id())).contains(iom);
    }
}
