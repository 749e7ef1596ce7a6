package org.podium.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.podium.domain.AgendaItem;

/** Reads and writes the run-of-show items of events, with their speakers. */
public final class AgendaStore {
    private final Database db;

    public AgendaStore(Database db) {
        this.db = db;
    }

    public AgendaItem insert(AgendaItem item) {
        return db.write(c -> {
            long id = Sql.insert(c, "INSERT INTO agenda_item(event_id, position, title, minutes, notes)"
                    + " VALUES (?,?,?,?,?)", item.eventId(), item.position(), item.title(), item.minutes(),
                    item.notes());
            writeSpeakers(c, id, item.speakerIds());
            return item.withId(id);
        });
    }

    public void update(AgendaItem item) {
        db.write(c -> {
            Sql.update(c, "UPDATE agenda_item SET position=?, title=?, minutes=?, notes=? WHERE id=?",
                    item.position(), item.title(), item.minutes(), item.notes(), item.id());
            Sql.update(c, "DELETE FROM agenda_speaker WHERE agenda_item_id=?", item.id());
            writeSpeakers(c, item.id(), item.speakerIds());
            return null;
        });
    }

    public boolean delete(long id) {
        return db.write(c -> Sql.update(c, "DELETE FROM agenda_item WHERE id=?", id) == 1);
    }

    private static void writeSpeakers(Connection c, long itemId, List<Long> speakers) throws SQLException {
        int position = 0;
        for (long personId : speakers) {
            Sql.update(c, "INSERT OR IGNORE INTO agenda_speaker(agenda_item_id, person_id, position)"
                    + " VALUES (?,?,?)", itemId, personId, position++);
        }
    }

    /** The event's items in running order. */
    public List<AgendaItem> forEvent(long eventId) {
        return db.read(c -> {
            List<AgendaItem> bare = Sql.list(c, "SELECT * FROM agenda_item WHERE event_id=? ORDER BY position, id",
                    rs -> new AgendaItem(rs.getLong("id"), rs.getLong("event_id"), rs.getInt("position"),
                            rs.getString("title"), rs.getInt("minutes"), List.of(), rs.getString("notes")),
                    eventId);
            List<AgendaItem> result = new java.util.ArrayList<>();
            for (AgendaItem item : bare) {
                List<Long> speakers = Sql.list(c, "SELECT person_id FROM agenda_speaker WHERE agenda_item_id=?"
                        + " ORDER BY position", rs -> rs.getLong(1), item.id());
                result.add(new AgendaItem(item.id(), item.eventId(), item.position(), item.title(),
                        item.minutes(), speakers, item.notes()));
            }
            return result;
        });
    }
}
