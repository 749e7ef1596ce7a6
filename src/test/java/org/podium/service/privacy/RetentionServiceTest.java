package org.podium.service.privacy;

import org.podium.service.Book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.store.RegistrationStore;

/** Retention: what the preview shows is exactly what applying does. */
class RetentionServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;
    Book book;
    RegistrationStore registrations;
    Event old;
    Event recent;
    Event seriesEvent;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        registrations = new RegistrationStore(book.database());
        long seriesId = book.events().seriesNamed("ADMin4ALL").id();
        old = book.events().add(Event.builder("Three years ago", LocalDateTime.of(2023, 10, 5, 10, 0), ROME, 60).build());
        recent = book.events().add(Event.builder("Last month", LocalDateTime.of(2026, 10, 20, 10, 0), ROME, 60).build());
        seriesEvent = book.events().add(Event.builder("Series, fourteen months ago", LocalDateTime.of(2025, 9, 10, 10, 0),
                ROME, 60).seriesId(seriesId).build());
        for (Event e : List.of(old, recent, seriesEvent)) {
            for (int i = 1; i <= 3; i++) {
                registrations.insert(new Registration(0, e.id(), "person" + i + "@example.org", "First" + i, "Last" + i,
                        "Org", "Job", "Milan", "IT", "it", NOW.minusSeconds(86_400L * 400), RegistrationSource.ZOOM,
                        RegistrationStatus.ATTENDED, 40 + i, true, NOW, "form", Map.of("q", "answer"), "note"));
            }
        }
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void thePreviewEqualsWhatIsApplied() {
        RetentionService.Rules rules = book.retention().rules().withBookMonths(24);

        List<RetentionService.Line> preview = book.retention().preview(rules);
        List<RetentionService.Line> applied = book.retention().apply(rules);

        assertThat(applied).isEqualTo(preview);
        assertThat(preview).extracting(RetentionService.Line::title).containsExactly("Three years ago");
        assertThat(preview.get(0).registrants()).isEqualTo(3);
        assertThat(book.retention().preview(rules)).as("nothing left to do").isEmpty();
    }

    @Test
    void anonymisedRegistrantsKeepOnlyWhatStatisticsNeed() {
        book.retention().apply(book.retention().rules().withBookMonths(24));

        List<Registration> rows = registrations.forEvent(old.id());
        assertThat(rows).hasSize(3).allSatisfy(r -> {
            assertThat(r.email()).isEqualTo("anonymised-" + r.id() + "@invalid");
            assertThat(List.of(r.firstName(), r.lastName(), r.organisation(), r.jobTitle(), r.city(), r.notes(),
                    r.consentSource())).containsOnly("");
            assertThat(r.customAnswers()).isEmpty();
            assertThat(r.consent()).isFalse();
            assertThat(r.consentAt()).isNull();
            assertThat(r.status()).isEqualTo(RegistrationStatus.ATTENDED);
            assertThat(r.country()).isEqualTo("IT");
            assertThat(r.registeredAt()).isEqualTo(NOW.minusSeconds(86_400L * 400));
        });
        assertThat(rows).extracting(Registration::minutesAttended).containsExactly(41, 42, 43);
        assertThat(registrations.forEvent(recent.id())).extracting(Registration::firstName)
                .containsExactly("First1", "First2", "First3");
    }

    @Test
    void aSeriesRuleOverridesTheBookWideOneForItsEvents() {
        book.retention().setBookMonths(48);
        book.retention().setSeriesMonths(seriesEvent.seriesId(), 12);

        RetentionService.Rules rules = book.retention().rules();
        assertThat(rules.bookMonths()).contains(48);
        assertThat(rules.monthsFor(seriesEvent.seriesId())).contains(12);
        List<RetentionService.Line> preview = book.retention().preview(rules);
        assertThat(preview).extracting(RetentionService.Line::title, RetentionService.Line::months)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Series, fourteen months ago", 12));
        assertThat(book.retention().apply(rules)).isEqualTo(preview);

        book.retention().setBookMonths(null);
        book.retention().setSeriesMonths(seriesEvent.seriesId(), null);
        assertThat(book.retention().rules()).isEqualTo(new RetentionService.Rules(Optional.empty(), Map.of()));
        assertThat(book.retention().preview(book.retention().rules())).isEmpty();
    }

    @Test
    void eventsInTheTrashAreAnonymisedToo() {
        book.events().moveToTrash(old.id());
        List<RetentionService.Line> lines = book.retention().apply(book.retention().rules().withBookMonths(24));
        assertThat(lines).singleElement().satisfies(l -> assertThat(l.inTrash()).isTrue());
    }

    @Test
    void monthsMustBePositive() {
        assertThatThrownBy(() -> book.retention().setBookMonths(0)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> book.retention().rules().withBookMonths(-3)).isInstanceOf(InvalidFieldException.class);
    }
}
