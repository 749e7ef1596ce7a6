package org.podium.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.domain.Series;
import org.podium.store.SeriesStore;
import org.podium.store.StoreException;

/** One window per book: the second is asked, and opens read-only only if the user agrees. */
class BookClaimTest {
    @TempDir
    Path dir;

    @Test
    void theFirstWindowClaimsTheBookAndASecondOneIsAskedThenReadsOnly() {
        Path path = dir.resolve("podium.db");
        AtomicInteger asked = new AtomicInteger();
        BookClaim first = BookClaim.open(path, Clock.systemUTC(), () -> {
            asked.incrementAndGet();
            return true;
        }).orElseThrow();
        assertThat(asked).hasValue(0);
        assertThat(first.lock()).isPresent();
        assertThat(first.book().readOnly()).isFalse();

        BookClaim second = BookClaim.open(path, Clock.systemUTC(), () -> {
            asked.incrementAndGet();
            return true;
        }).orElseThrow();
        assertThat(asked).hasValue(1);
        assertThat(second.lock()).isEmpty();
        assertThat(second.book().readOnly()).isTrue();
        assertThatThrownBy(() -> new SeriesStore(second.book().database()).insert(Series.named("X")))
                .isInstanceOf(StoreException.class).hasMessageContaining("read-only");

        assertThat(BookClaim.open(path, Clock.systemUTC(), () -> false)).as("declined").isEmpty();

        second.book().close();
        first.book().close();
        first.lock().get().close();
        Optional<BookClaim> third = BookClaim.open(path, Clock.systemUTC(), () -> true);
        assertThat(third.orElseThrow().lock()).as("free again once the first window closed").isPresent();
        third.get().book().close();
        third.get().lock().get().close();
    }
}
