package org.podium.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.podium.domain.AgendaItem;

/**
 * Reads and writes the run-of-show items of events, with their speakers; a speaker in the
 * trash is left out of reads until restored.
 */
public final class AgendaStore extends PositionedStore {
    public AgendaStore(BookDatabase db) {
        super(db, "agenda_item");
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
        update(item, null);
    }

    /**
     * Saves a changed item with its speakers, raising its version; with {@code expectedVersion}
     * given, only if the stored item is still at that version, else {@link StaleRecordException}.
     */
    public void update(AgendaItem item, Long expectedVersion) {
        db.write(c -> {
            Versions.update(c, db, "agenda_item", "position=?, title=?, minutes=?, notes=?",
                    new Object[] {item.position(), item.title(), item.minutes(), item.notes()}, "", item.id(),
                    expectedVersion);
            Sql.update(c, "DELETE FROM agenda_speaker WHERE agenda_item_id=?", item.id());
            writeSpeakers(c, item.id(), item.speakerIds());
            return null;
        });
    }

    public Optional<AgendaItem> find(long id) {
        return db.read(c -> {
            Optional<AgendaItem> bare = Sql.one(c, "SELECT * FROM agenda_item WHERE id=?", AgendaStore::bare, id);
            return bare.isEmpty() ? bare : Optional.of(withSpeakers(c, bare.get()));
        });
    }

    private void writeSpeakers(Connection c, long itemId, List<Long> speakers) throws SQLException {
        int position = 0;
        for (long personId : speakers) {
            Sql.update(c, db.dialect().insertIgnoringDuplicates("INSERT INTO agenda_speaker(agenda_item_id,"
                    + " person_id, position) VALUES (?,?,?)"), itemId, personId, position++);
        }
    }

    /** The event's items in running order. */
    public List<AgendaItem> forEvent(long eventId) {
        return db.read(c -> {
            List<AgendaItem> bare = Sql.list(c, "SELECT * FROM agenda_item WHERE event_id=? ORDER BY position, id",
                    AgendaStore::bare, eventId);
            List<AgendaItem> result = new java.util.ArrayList<>();
            for (AgendaItem item : bare) {
                result.add(withSpeakers(c, item));
            }
            return result;
        });
    }

    private static AgendaItem bare(ResultSet rs) throws SQLException {
        return new AgendaItem(rs.getLong("id"), rs.getLong("event_id"), rs.getInt("position"),
                rs.getString("title"), rs.getInt("minutes"), List.of(), rs.getString("notes"));
    }

    private static AgendaItem withSpeakers(Connection c, AgendaItem item) throws SQLException {
        List<Long> speakers = Sql.list(c, "SELECT a.person_id FROM agenda_speaker a"
                + " JOIN person p ON p.id = a.person_id AND p.deleted_at IS NULL"
                + " WHERE a.agenda_item_id=? ORDER BY a.position", rs -> rs.getLong(1), item.id());
        return new AgendaItem(item.id(), item.eventId(), item.position(), item.title(), item.minutes(), speakers,
                item.notes());
    }
}
