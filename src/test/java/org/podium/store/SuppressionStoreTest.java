package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.podium.domain.Suppression;

/** Runs on both kinds of book: the store's contract is the same on SQLite and PostgreSQL. */
@ParameterizedClass
@EnumSource(Engine.class)
class SuppressionStoreTest {
    @Parameter
    Engine engine;
    private static final Instant MAY = Instant.parse("2026-05-01T09:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-01T09:00:00Z");

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
    void anAddressIsSuppressedUnderItsNormalisedForm() {
        assertThat(book.suppressions.add(new Suppression("  Ana.Rossi@X.org ", "unsubscribed", MAY))).isTrue();
        book.reopen();

        assertThat(book.suppressions.all()).containsExactly(new Suppression("ana.rossi@x.org", "unsubscribed", MAY));
        assertThat(book.suppressions.contains("ANA.ROSSI@x.org ")).isTrue();
        assertThat(book.suppressions.contains("ana@x.org")).isFalse();
    }

    @Test
    void addingTheSameAddressAgainKeepsTheFirstEntry() {
        book.suppressions.add(new Suppression("ana@x.org", "unsubscribed", MAY));

        assertThat(book.suppressions.add(new Suppression("ANA@x.org", "erased", JUNE))).isFalse();
        assertThat(book.suppressions.all()).containsExactly(new Suppression("ana@x.org", "unsubscribed", MAY));
    }

    @Test
    void removingAnAddressLetsItBeMailedAgain() {
        book.suppressions.add(new Suppression("ana@x.org", "unsubscribed", MAY));

        assertThat(book.suppressions.remove(" Ana@X.org")).isTrue();
        assertThat(book.suppressions.contains("ana@x.org")).isFalse();
        assertThat(book.suppressions.remove("ana@x.org")).isFalse();
    }

    @Test
    void allListsAddressesAlphabetically() {
        book.suppressions.add(new Suppression("zoe@x.org", "", MAY));
        book.suppressions.add(new Suppression("Bob@x.org", "", MAY));
        book.suppressions.add(new Suppression("ana@x.org", "", MAY));

        assertThat(book.suppressions.all()).extracting(Suppression::email)
                .containsExactly("ana@x.org", "bob@x.org", "zoe@x.org");
    }
}
