package org.podium.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.podium.domain.PanelSeat;
import org.podium.domain.SeatRole;
import org.podium.domain.SeatState;
import org.podium.domain.Versioned;

/**
 * Reads and writes the seats of event panels. The seats of a person in the trash stay stored
 * but are left out of every read, so restoring the person brings them back.
 */
public final class PanelStore extends PositionedStore {
    private static final String LIVE_PERSON = " JOIN person p ON p.id = s.person_id AND p.deleted_at IS NULL";

    public PanelStore(BookDatabase db) {
        super(db, "panel_seat");
    }

    public PanelSeat insert(PanelSeat s) {
        return db.write(c -> s.withId(Sql.insert(c, "INSERT INTO panel_seat(event_id, person_id, role,"
                + " state, position, tech_check_done, consent_to_recording) VALUES (?,?,?,?,?,?,?)",
                s.eventId(), s.personId(), s.role(), s.state(), s.order(), s.techCheckDone(),
                s.consentToRecording())));
    }

    public void update(PanelSeat s) {
        update(s, null);
    }

    /**
     * Saves a changed seat, raising its version; with {@code expectedVersion} given, only if
     * the stored seat is still at that version, else {@link StaleRecordException}.
     */
    public void update(PanelSeat s, Long expectedVersion) {
        db.write(c -> Versions.update(c, db, "panel_seat", "role=?, state=?, position=?, tech_check_done=?,"
                + " consent_to_recording=?", new Object[] {s.role(), s.state(), s.order(), s.techCheckDone(),
                    s.consentToRecording()}, "", s.id(), expectedVersion));
    }

    public Optional<PanelSeat> find(long seatId) {
        return findVersioned(seatId).map(Versioned::value);
    }

    /** A seat of a live person with the stamp it is stored at, which a save can be made against. */
    public Optional<Versioned<PanelSeat>> findVersioned(long seatId) {
        return db.read(c -> Sql.one(c, "SELECT s.* FROM panel_seat s" + LIVE_PERSON + " WHERE s.id=?",
                rs -> new Versioned<>(map(rs), Versions.stamp(rs)), seatId));
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
