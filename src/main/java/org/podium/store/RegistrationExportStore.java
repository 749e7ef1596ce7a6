package org.podium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;

/**
 * Reads the registrations of one or more events for an export, as a forward-only stream in
 * address order with the status, consent and suppression filters done by SQLite, so a list of
 * a million rows passes through in constant memory.
 */
public final class RegistrationExportStore {
    private static final int FETCH_SIZE = 1_000;
    private static final String CONTACT_COLUMNS = "id, event_id, email, first_name, last_name, organisation,"
            + " job_title, city, country, status, consent, email_key";
    private static final String SUPPRESSED = "EXISTS (SELECT 1 FROM suppression s WHERE s.email = r.email_key)";

    private final Database db;

    public RegistrationExportStore(Database db) {
        this.db = db;
    }

    /**
     * Which registrations to export: those of these events whose status is one of these, and,
     * when consent is required, that agreed to further mailings. Suppressed addresses never pass.
     */
    public record Filter(List<Long> eventIds, Set<RegistrationStatus> statuses, boolean requireConsent) {
        public Filter {
            eventIds = List.copyOf(eventIds);
            statuses = Set.copyOf(statuses);
            if (eventIds.isEmpty() || statuses.isEmpty()) {
                throw new IllegalArgumentException("an export needs at least one event and one status");
            }
        }
    }

    /**
     * How the registrations of the events divide, each counted once in this order: left out
     * for their status, then for lack of consent, then because the address is suppressed; the
     * rest qualify and are streamed.
     */
    public record Tally(long total, long byStatus, long byConsent, long bySuppression) {
        public long qualifying() {
            return total - byStatus - byConsent - bySuppression;
        }
    }

    /** Receives the tally first, then each qualifying registration in address order. */
    public interface Sink {
        void start(Tally tally);

        /** One registration, with the normalised address the rows are ordered by. */
        void row(String emailKey, Registration registration);
    }

    /**
     * Tallies, then streams the qualifying registrations ordered by normalised address, so
     * one person's registrations across the events arrive together. With {@code everyField}
     * false only the contact fields are read (address, names, organisation, job title, city,
     * country, status, consent) and the others hold their defaults: the mailing layouts need no
     * more, and reading less keeps a large export fast.
     */
    public void read(Filter filter, boolean everyField, Sink sink) {
        db.read(c -> {
            sink.start(tally(c, filter));
            stream(c, filter, everyField, sink);
            return null;
        });
    }

    private static Tally tally(Connection c, Filter f) throws SQLException {
        String events = placeholders(f.eventIds().size());
        String statuses = placeholders(f.statuses().size());
        String noConsent = f.requireConsent() ? "r.consent = 0" : "0";
        String passes = "r.status IN " + statuses + (f.requireConsent() ? " AND r.consent <> 0" : "");
        String sql = "SELECT count(*),"
                + " coalesce(sum(r.status NOT IN " + statuses + "), 0),"
                + " coalesce(sum(r.status IN " + statuses + " AND " + noConsent + "), 0),"
                + " coalesce(sum(" + passes + " AND " + SUPPRESSED + "), 0)"
                + " FROM registration r WHERE r.event_id IN " + events;
        List<Object> params = new ArrayList<>();
        List<String> statusNames = statusNames(f);
        params.addAll(statusNames);
        params.addAll(statusNames);
        params.addAll(statusNames);
        params.addAll(f.eventIds());
        return Sql.one(c, sql, rs -> new Tally(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                params.toArray()).orElseThrow();
    }

    private static void stream(Connection c, Filter f, boolean everyField, Sink sink) throws SQLException {
        String sql = "SELECT " + (everyField ? "r.*" : CONTACT_COLUMNS) + " FROM registration r"
                + " WHERE r.event_id IN " + placeholders(f.eventIds().size())
                + " AND r.status IN " + placeholders(f.statuses().size())
                + (f.requireConsent() ? " AND r.consent <> 0" : "")
                + " AND NOT " + SUPPRESSED
                + " ORDER BY r.email_key";
        List<Object> params = new ArrayList<>(f.eventIds());
        params.addAll(statusNames(f));
        try (PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(FETCH_SIZE);
            Sql.bind(ps, params.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (everyField) {
                        sink.row(rs.getString("email_key"), RegistrationStore.map(rs));
                    } else {
                        sink.row(rs.getString(12), contact(rs));
                    }
                }
            }
        }
    }

    private static Registration contact(ResultSet rs) throws SQLException {
        return new Registration(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), "", null,
                RegistrationSource.MANUAL, RegistrationStatus.valueOf(rs.getString(10)), 0, rs.getInt(11) != 0,
                null, "", Map.of(), "");
    }

    private static List<String> statusNames(Filter f) {
        return f.statuses().stream().map(Enum::name).sorted().toList();
    }

    private static String placeholders(int count) {
        return "(" + String.join(",", Collections.nCopies(count, "?")) + ")";
    }
}
