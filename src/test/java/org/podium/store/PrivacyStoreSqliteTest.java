package org.podium.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The laptop book's own promise about privacy look-ups: SQLite answers them from the unique index. */
class PrivacyStoreSqliteTest {
    @TempDir
    Path dir;

    @Test
    void theLookUpGoesThroughTheIndexByEventAndAddressRatherThanReadingEveryRegistration() {
        try (BookFixture book = new BookFixture(dir)) {
            List<String> plan = book.db.read(c -> Sql.list(c, "EXPLAIN QUERY PLAN SELECT * FROM registration WHERE "
                    + PrivacyStore.IN_EVERY_EVENT, rs -> rs.getString("detail"), "x@example.org"));

            assertThat(plan).anyMatch(step -> step.contains("USING INDEX registration_by_email (event_id=? AND email_key=?)"))
                    .noneMatch(step -> step.startsWith("SCAN registration"));
        }
    }
}
