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
import org.podium.domain.Series;

/** Runs on both kinds of book: the store's contract is the same on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class SeriesStoreTest {
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
    void aSeriesRoundTripsThroughTheFile() {
        Series stored = book.series.insert(new Series(0, "ADMin4ALL", "Inclusive services for migrants",
                "European Union", "https://eea.iom.int/admin4all"));
        book.reopen();

        assertThat(stored.id()).isPositive();
        assertThat(book.series.find(stored.id())).contains(stored);
        assertThat(stored.funder()).isEqualTo("European Union");
    }

    @Test
    void anUpdateReplacesEveryField() {
        Series stored = book.series.insert(Series.named("ADMin4ALL"));
        Series changed = new Series(stored.id(), "ADMin4ALL II", "Second phase", "EU AMIF", "https://example.org");

        book.series.update(changed);
        book.reopen();

        assertThat(book.series.find(stored.id())).contains(changed);
    }

    @Test
    void findByNameIgnoresCaseAndSurroundingSpaces() {
        Series stored = book.series.insert(Series.named("ADMin4ALL"));

        assertThat(book.series.findByName("  admin4all ")).contains(stored);
        assertThat(book.series.findByName("ADMin4")).isEmpty();
    }

    @Test
    void twoSeriesCannotShareANameWhateverItsCase() {
        book.series.insert(Series.named("ADMin4ALL"));

        assertThatThrownBy(() -> book.series.insert(Series.named("admin4all"))).isInstanceOf(StoreException.class);
        assertThat(book.series.all()).hasSize(1);
    }

    @Test
    void allListsSeriesAlphabeticallyIgnoringCase() {
        book.series.insert(Series.named("zeta"));
        book.series.insert(Series.named("ADMin4ALL"));
        book.series.insert(Series.named("Best practices"));

        assertThat(book.series.all()).extracting(Series::name).containsExactly("ADMin4ALL", "Best practices", "zeta");
    }

    @Test
    void anUnknownIdIsEmpty() {
        assertThat(book.series.find(42)).isEmpty();
    }
}
