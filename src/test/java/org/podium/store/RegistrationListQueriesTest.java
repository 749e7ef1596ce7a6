package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationLine;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;

/** The queries behind the Registrants tab: lines, status changes, counts and chart tallies. */
class RegistrationListQueriesTest {
    @TempDir
    Path dir;
    BookFixture book;
    Event event;
    Event other;

    @BeforeEach
    void open() {
        book = new BookFixture(dir);
        event = book.storedWebinar("European Cities on the Front Line");
        other = book.storedWebinar("Social Innovation for Migrant Integration");
    }

    @AfterEach
    void close() {
        book.close();
    }

    private Registration registered(long eventId, String email, String at, RegistrationStatus status, String country) {
        return book.registrations.insert(new Registration(0, eventId, email, "First " + email, "Last", "Org", "",
                "", country, "", Instant.parse(at), RegistrationSource.CSV, status, 12, true,
                Instant.parse(at), "form", null, ""));
    }

    @Test
    void linesComeInTheOrderAddedWithTheListFieldsAndOnlyFromTheEvent() {
        Registration late = registered(event.id(), "late@x.org", "2020-05-21T09:00:00Z", RegistrationStatus.REGISTERED, "IT");
        Registration early = registered(event.id(), "early@x.org", "2020-05-20T09:00:00.5Z", RegistrationStatus.ATTENDED, "DE");
        Registration sameTime = registered(event.id(), "same@x.org", "2020-05-21T09:00:00Z", RegistrationStatus.CANCELLED, "");
        registered(other.id(), "elsewhere@x.org", "2020-05-01T09:00:00Z", RegistrationStatus.REGISTERED, "IT");
        book.reopen();

        List<RegistrationLine> lines = book.registrations.lines(event.id(), 0);

        assertThat(lines).extracting(RegistrationLine::id).containsExactly(late.id(), early.id(), sameTime.id());
        assertThat(lines.get(1)).isEqualTo(new RegistrationLine(early.id(), "First early@x.org", "Last", "early@x.org",
                "Org", "DE", RegistrationStatus.ATTENDED, Instant.parse("2020-05-20T09:00:00.5Z"), true, 12));
        assertThat(book.registrations.lines(event.id(), 2)).extracting(RegistrationLine::id)
                .containsExactly(late.id(), early.id());
    }

    @Test
    void aSmallEventInABigBookListsTheSameWayThroughTheIndex() {
        Registration first = registered(event.id(), "first@x.org", "2020-05-21T09:00:00Z", RegistrationStatus.REGISTERED, "");
        for (int i = 0; i < 20; i++) {
            registered(other.id(), "p" + i + "@x.org", "2020-05-01T09:00:00Z", RegistrationStatus.REGISTERED, "IT");
        }
        Registration last = registered(event.id(), "last@x.org", "2020-05-20T09:00:00Z", RegistrationStatus.WAITLISTED, "");

        assertThat(book.registrations.lines(event.id(), 0)).extracting(RegistrationLine::id)
                .containsExactly(first.id(), last.id());
        assertThat(book.registrations.countByStatus(event.id())).containsEntry(RegistrationStatus.WAITLISTED, 1L)
                .containsEntry(RegistrationStatus.REGISTERED, 1L);
        assertThat(book.registrations.topCountries(other.id(), 3)).containsExactly(new RegistrationStore.Tally("IT", 20));
    }

    @Test
    void getFindsByIdAndUpdateRewritesEveryFieldButTheEvent() {
        Registration stored = registered(event.id(), "ana@x.org", "2020-05-20T09:00:00Z", RegistrationStatus.REGISTERED, "IT");
        Registration changed = new Registration(stored.id(), event.id(), "Ana.Rossi@X.org", "Ana", "Rossi", "Comune",
                "Officer", "Milano", "IT", "it", stored.registeredAt(), RegistrationSource.CSV,
                RegistrationStatus.ATTENDED, 45, false, null, "", Map.of("q", "a"), "note");

        book.registrations.update(changed);
        book.reopen();

        assertThat(book.registrations.get(stored.id())).contains(changed);
        assertThat(book.registrations.find(event.id(), "ana.rossi@x.org")).contains(changed);
        assertThat(book.registrations.find(event.id(), "ana@x.org")).isEmpty();
        assertThat(book.registrations.get(9999)).isEmpty();
    }

    @Test
    void updatingARegistrationThatIsNotThereIsRefused() {
        Registration ghost = Registration.of(event.id(), "ghost@x.org", "", "", BookFixture.NOW);
        Registration missing = new Registration(42, event.id(), ghost.email(), "", "", "", "", "", "", "",
                BookFixture.NOW, null, null, 0, false, null, "", null, "");
        assertThatThrownBy(() -> book.registrations.update(missing)).isInstanceOf(StoreException.class);
    }

    @Test
    void statusesAreReadAndWrittenForTheEventsOwnRowsOnly() {
        Registration a = registered(event.id(), "a@x.org", "2020-05-20T09:00:00Z", RegistrationStatus.REGISTERED, "");
        Registration b = registered(event.id(), "b@x.org", "2020-05-20T10:00:00Z", RegistrationStatus.WAITLISTED, "");
        Registration foreign = registered(other.id(), "c@x.org", "2020-05-20T10:00:00Z", RegistrationStatus.REGISTERED, "");

        assertThat(book.registrations.statuses(event.id(), List.of(a.id(), b.id(), foreign.id(), 999L)))
                .containsOnly(Map.entry(a.id(), RegistrationStatus.REGISTERED),
                        Map.entry(b.id(), RegistrationStatus.WAITLISTED));

        book.registrations.setStatuses(event.id(), Map.of(a.id(), RegistrationStatus.CANCELLED,
                b.id(), RegistrationStatus.REGISTERED, foreign.id(), RegistrationStatus.CANCELLED));
        book.reopen();

        assertThat(book.registrations.get(a.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(book.registrations.get(b.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(book.registrations.get(foreign.id()).orElseThrow().status())
                .as("another event's row is not touched").isEqualTo(RegistrationStatus.REGISTERED);
    }

    private List<Long> many(long eventId, int count) {
        book.db.write(c -> {
            for (int i = 0; i < count; i++) {
                Sql.update(c, "INSERT INTO registration(event_id, email, email_key, registered_at, source, status)"
                        + " VALUES (?,?,?,?,?,?)", eventId, "p" + i + "@x.org", "p" + i + "@x.org",
                        "2020-05-20T09:00:00Z", "CSV", i % 2 == 0 ? "REGISTERED" : "CANCELLED");
            }
            return null;
        });
        return book.registrations.lines(eventId, 0).stream().map(RegistrationLine::id).toList();
    }

    @Test
    void statusesOfMoreIdsThanOneStatementTakesAreReadInChunks() {
        List<Long> ids = many(event.id(), 1200);
        assertThat(book.registrations.statuses(event.id(), ids)).hasSize(1200);
    }

    @Test
    void statusesOfThousandsOfIdsAreReadInOnePassAndStillOnlyThoseAsked() {
        List<Long> ids = many(event.id(), 5200);
        List<Long> asked = new java.util.ArrayList<>(ids.subList(0, 5100));
        asked.add(-1L);
        Registration foreign = registered(other.id(), "f@x.org", "2020-05-20T09:00:00Z", RegistrationStatus.WAITLISTED, "");
        asked.add(foreign.id());

        Map<Long, RegistrationStatus> found = book.registrations.statuses(event.id(), asked);

        assertThat(found).hasSize(5100).doesNotContainKeys(ids.get(5100), foreign.id());
        assertThat(found.get(ids.get(1))).isEqualTo(RegistrationStatus.CANCELLED);
    }

    @Test
    void countsByStatusIncludeEveryStatusAndWaitlistedComeInRegistrationOrder() {
        Registration second = registered(event.id(), "w2@x.org", "2020-05-20T11:00:00Z", RegistrationStatus.WAITLISTED, "");
        Registration first = registered(event.id(), "w1@x.org", "2020-05-20T10:00:00Z", RegistrationStatus.WAITLISTED, "");
        registered(event.id(), "w3@x.org", "2020-05-20T12:00:00Z", RegistrationStatus.WAITLISTED, "");
        registered(event.id(), "r@x.org", "2020-05-20T09:00:00Z", RegistrationStatus.REGISTERED, "");
        registered(other.id(), "w0@x.org", "2020-05-19T09:00:00Z", RegistrationStatus.WAITLISTED, "");

        assertThat(book.registrations.countByStatus(event.id())).containsOnly(
                Map.entry(RegistrationStatus.REGISTERED, 1L), Map.entry(RegistrationStatus.WAITLISTED, 3L),
                Map.entry(RegistrationStatus.CANCELLED, 0L), Map.entry(RegistrationStatus.ATTENDED, 0L),
                Map.entry(RegistrationStatus.NO_SHOW, 0L));
        assertThat(book.registrations.waitlisted(event.id(), 2)).containsExactly(first.id(), second.id());
        assertThat(book.registrations.waitlisted(event.id(), 0)).isEmpty();
    }

    @Test
    void talliesCountPerUtcHourAndTheTopCountriesWithoutBlanks() {
        registered(event.id(), "a@x.org", "2020-05-20T09:10:00Z", RegistrationStatus.REGISTERED, "IT");
        registered(event.id(), "b@x.org", "2020-05-20T09:50:00.25Z", RegistrationStatus.REGISTERED, "IT");
        registered(event.id(), "c@x.org", "2020-05-21T23:00:00Z", RegistrationStatus.REGISTERED, "DE");
        registered(event.id(), "d@x.org", "2020-05-21T23:30:00Z", RegistrationStatus.REGISTERED, "");
        registered(event.id(), "e@x.org", "2020-05-21T23:40:00Z", RegistrationStatus.REGISTERED, "BE");
        registered(other.id(), "f@x.org", "2020-05-21T23:40:00Z", RegistrationStatus.REGISTERED, "FR");

        assertThat(book.registrations.perHour(event.id())).containsExactly(
                new RegistrationStore.Tally("2020-05-20T09", 2), new RegistrationStore.Tally("2020-05-21T23", 3));
        assertThat(book.registrations.topCountries(event.id(), 2)).containsExactly(
                new RegistrationStore.Tally("IT", 2), new RegistrationStore.Tally("BE", 1));
    }
}
