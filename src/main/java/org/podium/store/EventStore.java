package org.podium.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import org.podium.domain.Event;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;
import org.podium.domain.Organiser;
import org.podium.domain.OrganiserRole;
import org.podium.domain.Versioned;

/**
 * Reads and writes events with their organisers and supported goals. An event in the trash
 * (soft-deleted) is invisible to every read except {@link #trash()}.
 */
public final class EventStore {
    private static final String COLUMNS = "uid, title, subtitle, second_title, kind, series_id, status,"
            + " start_local, zone, start_utc, end_utc, minutes, platform, registration_url, access_url,"
            + " recording_url, report_url, capacity, is_public, recorded, description, ics_sequence";

    private static final String LIVE = " AND deleted_at IS NULL";

    private final BookDatabase db;

    public EventStore(BookDatabase db) {
        this.db = db;
    }

    /** Stores a new event; one without a calendar UID is given one that it keeps for life. */
    public Event insert(Event event) {
        Event withUid = event.uid().isEmpty()
                ? event.toBuilder().uid(UUID.randomUUID() + "@podium").build() : event;
        return db.write(c -> {
            long id = Sql.insert(c, "INSERT INTO event(" + COLUMNS + ")"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", values(withUid));
            writeChildren(c, id, withUid);
            return withUid.toBuilder().id(id).build();
        });
    }

    public void update(Event event) {
        update(event, null);
    }

    /**
     * Saves a changed event, raising its version; with {@code expectedVersion} given, only if
     * the stored event is still at that version, else {@link StaleRecordException}.
     */
    public void update(Event event, Long expectedVersion) {
        Object[] values = values(event);
        db.write(c -> {
            // A blank uid (an event rebuilt from a form's fields) keeps the stored one: calendars
            // know the event by it, and two blank uids would also collide on the unique index.
            int changed = Versions.update(c, db, "event", "uid=coalesce(nullif(?, ''), uid), title=?,"
                    + " subtitle=?, second_title=?,"
                    + " kind=?, series_id=?, status=?, start_local=?, zone=?, start_utc=?, end_utc=?,"
                    + " minutes=?, platform=?, registration_url=?, access_url=?, recording_url=?,"
                    + " report_url=?, capacity=?, is_public=?, recorded=?, description=?, ics_sequence=?",
                    values, LIVE, event.id(), expectedVersion);
            if (changed == 0) {
                throw new StoreException("There is no event " + event.id() + ".");
            }
            Sql.update(c, "DELETE FROM event_organiser WHERE event_id=?", event.id());
            Sql.update(c, "DELETE FROM event_sdg WHERE event_id=?", event.id());
            writeChildren(c, event.id(), event);
            return null;
        });
    }

    /** Removes the event and everything that hangs off it for good, in the trash or not. */
    public boolean delete(long id) {
        return db.write(c -> Sql.update(c, "DELETE FROM event WHERE id=?", id) == 1);
    }

    /** Moves a live event to the trash; false if there is no such live event. */
    public boolean moveToTrash(long id, Instant when) {
        return db.write(c -> Sql.moveToTrash(c, "event", id, when));
    }

    /** Brings an event back from the trash; false if it is not in the trash. */
    public boolean restoreFromTrash(long id) {
        return db.write(c -> Sql.restoreFromTrash(c, "event", id));
    }

    /** Whether any event, live or in the trash, holds this calendar UID (it must stay unique). */
    public boolean uidInUse(String uid) {
        return db.read(c -> Sql.count(c, "SELECT count(*) FROM event WHERE uid=?", uid) > 0);
    }

    /**
     * Runs work that spans stores of this book in one transaction: calls to any store inside
     * it join the transaction, and nothing is committed unless the work returns normally.
     */
    public <T> T inTransaction(Supplier<T> work) {
        return db.write(c -> work.get());
    }

    private static Object[] values(Event e) {
        return new Object[] {e.uid(), e.title(), e.subtitle(), e.secondTitle(), e.kind(), e.seriesId(),
            e.status(), e.start(), e.zone().getId(), e.startInstant(), e.endInstant(), e.minutes(),
            e.platform(), e.registrationUrl(), e.accessUrl(), e.recordingUrl(), e.reportUrl(),
            e.capacity(), e.isPublic(), e.recorded(), e.description(), e.icsSequence()};
    }

    private void writeChildren(Connection c, long id, Event e) throws SQLException {
        int position = 0;
        for (Organiser o : e.organisers()) {
            Sql.update(c, db.dialect().insertIgnoringDuplicates("INSERT INTO event_organiser(event_id,"
                    + " organisation_id, role, position) VALUES (?,?,?,?)"), id, o.organisationId(), o.role(), position++);
        }
        for (int sdg : e.sdgs()) {
            Sql.update(c, "INSERT INTO event_sdg(event_id, sdg) VALUES (?,?)", id, sdg);
        }
    }

    public Optional<Event> find(long id) {
        return findVersioned(id).map(Versioned::value);
    }

    /** A live event with the stamp it is stored at, which a save can be made against. */
    public Optional<Versioned<Event>> findVersioned(long id) {
        return db.read(c -> {
            Optional<Versioned<Event.Builder>> row = Sql.one(c, "SELECT * FROM event WHERE id=?" + LIVE,
                    rs -> new Versioned<>(map(rs), Versions.stamp(rs)), id);
            return row.isEmpty() ? Optional.<Versioned<Event>>empty()
                    : Optional.of(new Versioned<>(complete(c, id, row.get().value()), row.get().stamp()));
        });
    }

    public Optional<Event> findByUid(String uid) {
        return db.read(c -> {
            Optional<Long> id = Sql.one(c, "SELECT id FROM event WHERE uid=? AND deleted_at IS NULL",
                    rs -> rs.getLong(1), uid);
            return id.flatMap(this::find);
        });
    }

    /** Every live event, earliest first, with organisers and goals. */
    public List<Event> all() {
        return listWhere("deleted_at IS NULL", "start_utc, id");
    }

    /** The events in the trash, most recently trashed first. */
    public List<Event> trash() {
        return listWhere("deleted_at IS NOT NULL", "deleted_at DESC, id DESC");
    }

    /** When each event in the trash went there. */
    public Map<Long, Instant> trashedAt() {
        return db.read(c -> Sql.trashedAt(c, "event"));
    }

    /** The id of the event in the trash holding this calendar UID, if any. */
    public Optional<Long> findInTrashByUid(String uid) {
        return db.read(c -> Sql.one(c, "SELECT id FROM event WHERE uid=? AND deleted_at IS NOT NULL",
                rs -> rs.getLong(1), uid));
    }

    // Three queries for the whole list rather than two more per event.
    private List<Event> listWhere(String condition, String order) {
        return db.read(c -> {
            Map<Long, List<Organiser>> organisers = new HashMap<>();
            for (Object[] row : Sql.list(c, "SELECT event_id, organisation_id, role FROM event_organiser"
                    + " ORDER BY event_id, position", rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)})) {
                organisers.computeIfAbsent((Long) row[0], k -> new java.util.ArrayList<>())
                        .add(new Organiser((Long) row[1], OrganiserRole.valueOf((String) row[2])));
            }
            Map<Long, TreeSet<Integer>> sdgs = new HashMap<>();
            for (long[] row : Sql.list(c, "SELECT event_id, sdg FROM event_sdg",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
                sdgs.computeIfAbsent(row[0], k -> new TreeSet<>()).add((int) row[1]);
            }
            return Sql.list(c, "SELECT * FROM event WHERE " + condition + " ORDER BY " + order, rs -> {
                long id = rs.getLong("id");
                return map(rs).organisers(organisers.getOrDefault(id, List.of()))
                        .sdgs(sdgs.getOrDefault(id, new TreeSet<>())).build();
            });
        });
    }

    /** How many registrations each live event holds, not counting cancelled ones. */
    public Map<Long, Long> registrantCounts() {
        return db.read(c -> {
            Map<Long, Long> counts = new HashMap<>();
            for (long[] row : Sql.list(c, "SELECT r.event_id, count(*) FROM registration r"
                    + " JOIN event e ON e.id = r.event_id"
                    + " WHERE e.deleted_at IS NULL AND r.status <> 'CANCELLED' GROUP BY r.event_id",
                    rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
                counts.put(row[0], row[1]);
            }
            return counts;
        });
    }

    private static Event complete(Connection c, long id, Event.Builder builder) throws SQLException {
        List<Organiser> organisers = Sql.list(c, "SELECT organisation_id, role FROM event_organiser"
                + " WHERE event_id=? ORDER BY position",
                rs -> new Organiser(rs.getLong(1), OrganiserRole.valueOf(rs.getString(2))), id);
        List<Integer> sdgs = Sql.list(c, "SELECT sdg FROM event_sdg WHERE event_id=?", rs -> rs.getInt(1), id);
        return builder.organisers(organisers).sdgs(new TreeSet<>(sdgs)).build();
    }

    private static Event.Builder map(ResultSet rs) throws SQLException {
        return Event.builder(rs.getString("title"), LocalDateTime.parse(rs.getString("start_local")),
                        ZoneId.of(rs.getString("zone")), rs.getInt("minutes"))
                .id(rs.getLong("id"))
                .uid(rs.getString("uid"))
                .subtitle(rs.getString("subtitle"))
                .secondTitle(rs.getString("second_title"))
                .kind(Sql.enumOf(EventKind.class, rs, "kind"))
                .seriesId(Sql.nullableLong(rs, "series_id"))
                .status(Sql.enumOf(EventStatus.class, rs, "status"))
                .platform(rs.getString("platform"))
                .registrationUrl(rs.getString("registration_url"))
                .accessUrl(rs.getString("access_url"))
                .recordingUrl(rs.getString("recording_url"))
                .reportUrl(rs.getString("report_url"))
                .capacity(Sql.nullableInt(rs, "capacity"))
                .isPublic(rs.getInt("is_public") != 0)
                .recorded(rs.getInt("recorded") != 0)
                .description(rs.getString("description"))
                .icsSequence(rs.getInt("ics_sequence"));
    }
}
