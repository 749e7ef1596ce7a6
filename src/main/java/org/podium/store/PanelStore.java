package org.podium.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.podium.domain.PanelSeat;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;

/** Reads and writes the seats of event panels. */
public final class PanelStore {
    private final Database db;

    public PanelStore(Database db) {
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

    public Optional<PanelSeat> find(long eventId, long personId) {
        return db.read(c -> Sql.one(c, "SELECT * FROM panel_seat WHERE event_id=? AND person_id=?",
                PanelStore::map, eventId, personId));
    }

    public List<PanelSeat> forEvent(long eventId) {
        return db.read(c -> Sql.list(c, "SELECT * FROM panel_seat WHERE event_id=? ORDER BY position, id",
                PanelStore::map, eventId));
    }

    public List<PanelSeat> forPerson(long personId) {
        return db.read(c -> Sql.list(c, "SELECT * FROM panel_seat WHERE person_id=? ORDER BY event_id",
                PanelStore::map, personId));
    }

    /**
     * Every seat of every live event, by person then event, in one query: what speaker-clash
     * checks need to see who sits where without a query per person.
     */
    public List<PanelSeat> all() {
        return db.read(c -> Sql.list(c, "SELECT s.* FROM panel_seat s JOIN event e ON e.id = s.event_id"
                + " WHERE e.deleted_at IS NULL ORDER BY s.person_id, s.event_id", PanelStore::map));
    }

    private static PanelSeat map(ResultSet rs) throws SQLException {
        return new PanelSeat(rs.getLong("id"), rs.getLong("event_id"), rs.getLong("person_id"),
                Sql.enumOf(SeatRole.class, rs, "role"), Sql.enumOf(SeatState.class, rs, "state"),
                rs.getInt("position"), rs.getInt("tech_check_done") != 0,
                rs.getInt("consent_to_recording") != 0);
    }
}
