package org.podium.store;

import java.util.List;

/**
 * What the stores of an event's rows kept in an order of their own (its panel seats, its agenda
 * items) do alike, written once: deleting a row, putting the event's rows in a new order, and
 * the place after its last row.
 */
abstract sealed class PositionedStore permits AgendaStore, PanelStore {
    final BookDatabase db;
    private final String table;

    PositionedStore(BookDatabase db, String table) {
        this.db = db;
        this.table = table;
    }

    public boolean delete(long id) {
        return db.write(c -> Sql.update(c, "DELETE FROM " + table + " WHERE id=?", id) == 1);
    }

    /** Puts the event's rows in the order of {@code ids}; rows of other events are left alone. */
    public void reorder(long eventId, List<Long> ids) {
        db.write(c -> {
            Sql.reorder(c, table, eventId, ids);
            return null;
        });
    }

    /** The place after the event's last row, counting rows of people in the trash too. */
    public int nextPosition(long eventId) {
        return db.read(c -> (int) Sql.count(c, "SELECT coalesce(max(position) + 1, 0) FROM " + table
                + " WHERE event_id=?", eventId));
    }
}
