package org.podium.store;

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
import org.podium.domain.AgendaItem;
import org.podium.domain.Event;
import org.podium.domain.Organisation;
import org.podium.domain.OrganisationKind;
import org.podium.domain.PanelSeat;
import org.podium.domain.Person;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.domain.Stamp;

/**
 * Two clients on one book file (two opens, as a window and a command are): a save made against
 * a version the other client has since moved is refused with the stored record's stamp, and
 * nothing of it is written; a save without an expected version behaves as before, raising it.
 */
class VersionedSavesTest {
    private static final Instant ADA_TIME = Instant.parse("2026-11-23T09:15:00Z");

    @TempDir
    Path dir;
    BookFixture ada;
    Database bob;

    @BeforeEach
    void open() {
        ada = new BookFixture(dir);
        ada.db.sign("ada", Clock.fixed(ADA_TIME, ZoneOffset.UTC));
        bob = Database.open(dir.resolve("book.db"), Clock.systemUTC());
        bob.sign("bob", Clock.systemUTC());
    }

    @AfterEach
    void close() {
        bob.close();
        ada.close();
    }

    @Test
    void aPersonSavedByTheOtherClientIsNotOverwritten() {
        Person stored = ada.storedPerson("Liam", "Patuzzi");
        PersonStore bobs = new PersonStore(bob);
        long opened = bobs.findVersioned(stored.id()).orElseThrow().version();

        ada.people.update(new Person(stored.id(), "Dr", "Liam", "Patuzzi", "", "", "Analyst", null, "", "", "", ""));

        Person mine = new Person(stored.id(), "", "Liam", "Patuzzi", "", "", "Policy analyst", null, "", "", "", "");
        assertThatThrownBy(() -> bobs.update(mine, opened))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> {
                    assertThat(e.stored()).isEqualTo(new Stamp(opened + 1, "ada", ADA_TIME));
                    assertThat(e.getMessage()).contains("ada").contains(ADA_TIME.toString());
                });
        assertThat(bobs.findVersioned(stored.id()).orElseThrow().value().position()).isEqualTo("Analyst");

        bobs.update(mine, opened + 1);
        assertThat(ada.people.findVersioned(stored.id()).orElseThrow().stamp().changedBy()).isEqualTo("bob");
        assertThat(ada.people.find(stored.id()).orElseThrow().position()).isEqualTo("Policy analyst");
    }

    @Test
    void everyVersionedRecordRefusesAStaleSave() {
        Event event = ada.storedWebinar("Migrant inclusion");
        Organisation org = ada.organisations.insert(new Organisation(0, "MPI Europe", "", OrganisationKind.PARTNER,
                "", ""));
        Person person = ada.storedPerson("Laurence", "Hart");
        PanelSeat seat = ada.panel.insert(new PanelSeat(0, event.id(), person.id(), SeatRole.KEYNOTE,
                SeatState.INVITED, 0, false, false));
        AgendaItem item = ada.agenda.insert(new AgendaItem(0, event.id(), 0, "Opening", 10, List.of(), ""));
        Registration reg = ada.storedRegistration(event.id(), "a@example.org", RegistrationStatus.REGISTERED);

        ada.events.update(event.toBuilder().title("Migrant inclusion in cities").build());
        ada.organisations.update(new Organisation(org.id(), "MPI Europe", "MPIE", OrganisationKind.PARTNER, "", ""));
        ada.panel.update(new PanelSeat(seat.id(), event.id(), person.id(), SeatRole.KEYNOTE, SeatState.CONFIRMED,
                0, false, false));
        ada.agenda.update(new AgendaItem(item.id(), event.id(), 0, "Welcome", 10, List.of(), ""));
        ada.registrations.update(new Registration(reg.id(), event.id(), "a@example.org", "Ada", "", "", "", "", "",
                "", BookFixture.NOW, null, RegistrationStatus.REGISTERED, 0, false, null, "", null, ""));

        Stamp second = new Stamp(2, "ada", ADA_TIME);
        assertStale(() -> new EventStore(bob).update(event, 1L), second);
        assertStale(() -> new OrganisationStore(bob).update(org, 1L), second);
        assertStale(() -> new PanelStore(bob).update(seat, 1L), second);
        assertStale(() -> new AgendaStore(bob).update(item, 1L), second);
        assertStale(() -> new RegistrationStore(bob).update(reg, 1L), second);

        assertThat(new EventStore(bob).find(event.id()).orElseThrow().title()).isEqualTo("Migrant inclusion in cities");
        assertThat(new OrganisationStore(bob).findVersioned(org.id()).orElseThrow().stamp()).isEqualTo(second);
        assertThat(new PanelStore(bob).find(seat.id()).orElseThrow().state()).isEqualTo(SeatState.CONFIRMED);
        assertThat(new AgendaStore(bob).find(item.id()).orElseThrow().title()).isEqualTo("Welcome");
        assertThat(new RegistrationStore(bob).findVersioned(reg.id()).orElseThrow().value().firstName())
                .isEqualTo("Ada");
    }

    @Test
    void bulkChangesMoveTheVersionsOfTheRowsTheyChange() {
        Event event = ada.storedWebinar("Migrant inclusion");
        Registration reg = ada.storedRegistration(event.id(), "a@example.org", RegistrationStatus.REGISTERED);
        ada.registrations.setStatuses(event.id(), java.util.Map.of(reg.id(), RegistrationStatus.ATTENDED));

        assertStale(() -> new RegistrationStore(bob).update(reg, 1L), null);
    }

    private static void assertStale(Runnable save, Stamp expected) {
        assertThatThrownBy(save::run).isInstanceOfSatisfying(StaleRecordException.class, e -> {
            if (expected != null) {
                assertThat(e.stored()).isEqualTo(expected);
            } else {
                assertThat(e.stored().version()).isEqualTo(2);
            }
        });
    }
}
