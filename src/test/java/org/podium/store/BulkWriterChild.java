package org.podium.store;

import java.time.Clock;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.podium.domain.Event;

/**
 * A separate JVM that writes a large import the way the real one does: one transaction of
 * batched inserts into {@code registration}. It prints "event ID" once the event is stored,
 * "rows N" as it goes and "done" after the commit, so a test can kill it part-way through.
 * Arguments: the book file and the number of rows.
 */
public final class BulkWriterChild {
    private BulkWriterChild() {
    }

    public static void main(String[] args) {
        Path book = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        try (Database db = Database.open(book, Clock.systemDefaultZone())) {
            Event event = new EventStore(db).insert(Event.builder("Bulk import",
                    LocalDateTime.of(2026, 12, 1, 10, 0), ZoneId.of("Europe/Rome"), 60).build());
            System.out.println("event " + event.id());
            System.out.flush();
            String registeredAt = Instant.parse("2026-11-23T12:00:00Z").toString();
            db.write(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO registration(event_id, email, email_key,"
                        + " first_name, last_name, registered_at, source, status) VALUES (?,?,?,?,?,?,'CSV','REGISTERED')")) {
                    for (int i = 1; i <= rows; i++) {
                        String email = "person" + i + "@example.org";
                        ps.setLong(1, event.id());
                        ps.setString(2, email);
                        ps.setString(3, email);
                        ps.setString(4, "First" + i);
                        ps.setString(5, "Last" + i);
                        ps.setString(6, registeredAt);
                        ps.addBatch();
                        if (i % 10_000 == 0) {
                            ps.executeBatch();
                            System.out.println("rows " + i);
                            System.out.flush();
                        }
                    }
                    ps.executeBatch();
                }
                return null;
            });
            System.out.println("done");
            System.out.flush();
        }
    }
}
