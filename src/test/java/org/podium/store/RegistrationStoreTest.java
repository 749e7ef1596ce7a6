package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;

/** Runs on both kinds of book: the store's contract is the same on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class RegistrationStoreTest {
    @Parameter
    Engine engine;
    @TempDir
    Path dir;
    BookFixture book;
    Event event;

    @BeforeEach
    void open() {
        book = new BookFixture(dir, engine);
        event = book.storedWebinar("European Cities on the Front Line");
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void everyFieldIncludingCustomAnswersRoundTripsThroughTheFile() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("Which city do you work for?", "Milano");
        answers.put("Accessibility needs", "Live captions, \"English\" please;\nand slides in advance");
        answers.put("Lingua preferita", "italiano – sì");
        Registration registration = new Registration(0, event.id(), " Ana.Rossi@Comune.Milano.it ", "Ana",
                "Rossi", "Comune di Milano", "Policy Officer", "Milano", "IT", "it",
                Instant.parse("2020-05-20T08:15:30.123456Z"), RegistrationSource.ZOOM,
                RegistrationStatus.ATTENDED, 55, true, Instant.parse("2020-05-20T08:15:31Z"),
                "Zoom registration form", answers, "Asked for the report");

        Registration stored = book.registrations.insert(registration);
        book.reopen();

        assertThat(stored.id()).isPositive();
        Registration found = book.registrations.find(event.id(), "ana.rossi@comune.milano.it").orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.email()).as("kept as typed, trimmed").isEqualTo("Ana.Rossi@Comune.Milano.it");
        assertThat(found.customAnswers()).isEqualTo(answers);
        assertThat(found.consentAt()).isEqualTo(Instant.parse("2020-05-20T08:15:31Z"));
    }

    @Test
    void aRegistrationWithoutAnswersOrConsentComesBackWithout() {
        Registration stored = book.registrations.insert(Registration.of(event.id(), "bob@example.org", "Bob", "",
                BookFixture.NOW));
        book.reopen();

        Registration found = book.registrations.find(event.id(), "bob@example.org").orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.customAnswers()).isEmpty();
        assertThat(found.consent()).isFalse();
        assertThat(found.consentAt()).isNull();
    }

    @Test
    void anAddressRegistersOncePerEventWhateverItsCaseOrSpaces() {
        book.registrations.insert(Registration.of(event.id(), "ana@x.org", "Ana", "", BookFixture.NOW));

        assertThatThrownBy(() -> book.registrations.insert(Registration.of(event.id(), "  ANA@X.org ", "Ana",
                "Again", BookFixture.NOW))).isInstanceOf(StoreException.class);
        assertThat(book.registrations.count(event.id())).isEqualTo(1);
    }

    @Test
    void theSameAddressMayRegisterForTwoEvents() {
        Event other = book.storedWebinar("Social Innovation for Migrant Integration");

        Registration here = book.registrations.insert(Registration.of(event.id(), "ana@x.org", "Ana", "",
                BookFixture.NOW));
        Registration there = book.registrations.insert(Registration.of(other.id(), "Ana@X.org", "Ana", "",
                BookFixture.NOW));

        assertThat(book.registrations.forEvent(event.id())).containsExactly(here);
        assertThat(book.registrations.forEvent(other.id())).containsExactly(there);
    }

    @Test
    void findIgnoresCaseAndSpacesAndLooksOnlyInTheEvent() {
        Event other = book.storedWebinar("Other");
        Registration stored = book.registrations.insert(Registration.of(event.id(), "Ana@X.org", "Ana", "",
                BookFixture.NOW));

        assertThat(book.registrations.find(event.id(), " ana@x.ORG ")).contains(stored);
        assertThat(book.registrations.find(other.id(), "ana@x.org")).isEmpty();
    }

    @Test
    void forEventListsRegistrationsInTheOrderTheyCameAndCountCountsThemAll() {
        Registration first = book.storedRegistration(event.id(), "c@x.org", RegistrationStatus.REGISTERED);
        Registration second = book.storedRegistration(event.id(), "a@x.org", RegistrationStatus.CANCELLED);
        Registration third = book.storedRegistration(event.id(), "b@x.org", RegistrationStatus.WAITLISTED);

        assertThat(book.registrations.forEvent(event.id())).containsExactly(first, second, third);
        assertThat(book.registrations.count(event.id())).isEqualTo(3);
    }

    @Test
    void aRegistrationCannotPointAtAnEventThatDoesNotExist() {
        assertThatThrownBy(() -> book.registrations.insert(Registration.of(999, "ana@x.org", "", "",
                BookFixture.NOW))).isInstanceOf(StoreException.class);
    }
}
