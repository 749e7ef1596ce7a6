package org.podium.ui.events;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.EventStatus;
import org.podium.service.Book;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.InPlaceTaskRunner;

import static org.assertj.core.api.Assertions.assertThat;

class EventListViewModelTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Book book;
    private final SimpleStringProperty search = new SimpleStringProperty("");
    private EventListViewModel model;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), NOW);
        book.samples().load();
        ZoneId rome = ZoneId.of("Europe/Rome");
        book.events().add(Event.builder("Later webinar", LocalDateTime.parse("2027-02-10T10:00"), rome, 60).build());
        book.events().add(Event.builder("Sooner webinar", LocalDateTime.parse("2026-12-01T15:00"), rome, 90).build());
        model = new EventListViewModel(book.events(), new InPlaceTaskRunner(), new FakeDialogService(), search);
        model.refresh();
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void upcomingEventsComeFirstSoonestFirstThenPastMostRecentFirst() {
        assertThat(model.rows()).extracting(EventRow::title).containsExactly("Sooner webinar", "Later webinar",
                "Social Innovation for Migrant Integration", "European Cities on the Front Line");
        assertThat(model.rows()).extracting(EventRow::upcoming).containsExactly(true, true, false, false);
    }

    @Test
    void rowsShowDateTimeWithTheZoneAbbreviationAndTheStatus() {
        EventRow sooner = model.rows().get(0);
        assertThat(sooner.when()).isEqualTo("1 Dec 2026 · 15:00 CET");
        assertThat(sooner.status()).isEqualTo(EventStatus.SCHEDULED);
        EventRow may = model.rows().get(3);
        assertThat(may.when()).isEqualTo("28 May 2020 · 10:00 CEST");
        assertThat(may.statusText()).isEqualTo("Concluded");
    }

    @Test
    void theFirstEventIsSelectedAndItsDetailsLoaded() {
        assertThat(model.selectedProperty().get().title()).isEqualTo("Sooner webinar");
        model.selectedProperty().set(model.rows().get(2));
        assertThat(model.detailsProperty().get()).hasValueSatisfying(d -> {
            assertThat(d.event().secondTitle()).startsWith("Innovazione Sociale");
            assertThat(d.seats()).hasSize(5);
        });
    }

    @Test
    void searchMatchesTitlesAndSubtitlesIgnoringCase() {
        search.set("PANDEMIC");
        assertThat(model.rows()).extracting(EventRow::title).containsExactly("Social Innovation for Migrant Integration");
        search.set("");
        assertThat(model.rows()).hasSize(4);
    }
}
