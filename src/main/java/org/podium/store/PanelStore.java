package org.podium.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.podium.domain.PanelSeat;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;

/**
 * Reads and writes the seats of event panels. The seats of a person in the trash stay stored
 * but are left out of every read, so restoring the person brings them back.
 */
public final class PanelStore {
    private static final String LIVE_PERSON = " JOIN person p ON p.id = s.person_id AND p.deleted_at IS NULL";

    private final BookDatabase db;

    public PanelStore(BookDatabase db) {
        this.db = db;
    }

    public PanelSeat insert(PanelSeat s) {
        return db.write(c -> s.withId(Sql.insert(c, "INSERT INTO panel_seat(event_id, person_id, role,"
                + " state, position, tech_check_done, consent_to_recording) VALUES (?,?,?,?,?,?,?)",
                s.eventId(), s.personId(), s.role(), s.state(), s.order(), s.techCheckDone(),
                s.consentToRecording())));
    }

    public void update(PanelSeat s) {
        db.write(c -> Sql.update(c, "UPDATE panel_seat SET role=?, state=?, position=?, tech_check_done=?,"
                + " consent_to_recording=? WHERE id=?", s.role(), s.state(), s.order(), s.techCheckDone(),
                s.consentToRecording(), s.id()));
    }

    public boolean delete(long id) {
        return db.write(c -> Sql.update(c, "DELETE FROM panel_seat WHERE id=?", id) == 1);
    }

    /** Puts the event's seats in the order of {@code seatIds}; seats of other events are left alone. */
    public void reorder(long eventId, List<Long> seatIds) {
        db.write(c -> {
            int position = 0;
            for (long id : seatIds) {
                Sql.update(c, "UPDATE panel_seat SET position=? WHERE id=? AND event_id=?", position++, id, eventId);
            }
            return null;
        });
    }

    public Optional<PanelSeat> find(long seatId) {
        return db.read(c -> Sql.one(c, "SELECT s.* FROM panel_seat s" + LIVE_PERSON + " WHERE s.id=?",
                PanelStore::map, seatId));
    }

    public Optional<PanelSeat> find(long eventId, long personId) {
        return db.read(c -> Sql.one(c, "SELECT s.* FROM panel_seat s" + LIVE_PERSON
                + " WHERE s.event_id=? AND s.person_id=?", PanelStore::map, eventId, personId));
    }

    public List<PanelSeat> forEvent(long eventId) {
        return db.read(c -> Sql.list(c, "SELECT s.* FROM panel_seat s" + LIVE_PERSON
                + " WHERE s.event_id=? ORDER BY s.position, s.id", PanelStore::map, eventId));
    }

    public List<PanelSeat> forPerson(long personId) {
        return db.read(c -> Sql.list(c, "SELECT s.* FROM panel_seat s" + LIVE_PERSON
                + " WHERE s.person_id=? ORDER BY s.event_id", PanelStore::map, personId));
    }

    /** The place after the event's last seat, counting seats of people in the trash too. */
    public int nextPosition(long eventId) {
        return db.read(c -> (int) Sql.count(c, "SELECT coalesce(max(position) + 1, 0) FROM panel_seat WHERE event_id=?",
                eventId));
    }

    /**
     * Every seat of every live event, by person then event, in one query: what speaker-clash
     * checks need to see who sits where without a query per person.
     */
    public List<PanelSeat> all() {
        return db.read(c -> Sql.list(c, "SELECT s.* FROM panel_seat s JOIN event e ON e.id = s.event_id"
                + LIVE_PERSON + " WHERE e.deleted_at IS NULL ORDER BY s.person_id, s.event_id", PanelStore::map));
    }

    private static PanelSeat map(ResultSet rs) throws SQLException {
        return new PanelSeat(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("person_id"),
                Sql.enumOf(SeatRole.class, rs, "role"), Sql.enumOf(SeatState.class, rs, "state"),
                rs.getInt("position"), rs.getInt("tech_check_done") != 0,
                rs.getInt("consent_to_recording") != 0);
    }
}
