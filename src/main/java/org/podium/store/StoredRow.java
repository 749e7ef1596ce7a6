package org.podium.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.podium.domain.ContactFields;
import org.podium.domain.Registration;
import org.podium.domain.Utf8Text;

/**
 * The rare qualifying row that {@link JoinedRow} refuses (text that is not well-formed UTF-8,
 * or padded), read again by its id as strings, the way the driver decodes them, into a whole
 * registration.
 */
final class StoredRow implements ExportSource.Row {
    private final Registration registration;
    private final List<Long> eventIds;
    private final boolean suppressed;

    private StoredRow(Registration registration, List<Long> eventIds, boolean suppressed) {
        this.registration = registration;
        this.eventIds = eventIds;
        this.suppressed = suppressed;
    }

    /** Reads the registration {@code id} with the events it merges, oldest first. */
    static StoredRow read(Connection c, ExportSql sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql.stored())) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Registration registration = RegistrationStore.map(rs);
                List<Long> ids = new ArrayList<>();
                String earlier = rs.getString("earlier");
                for (String event : earlier.isEmpty() ? new String[0] : earlier.split(",")) {
                    ids.add(Long.valueOf(event));
                }
                List<Long> order = sql.filter.eventIds();
                ids.sort((a, b) -> Integer.compare(order.indexOf(a), order.indexOf(b)));
                ids.add(registration.eventId());
                return new StoredRow(registration, List.copyOf(ids), rs.getBoolean("suppressed"));
            }
        }
    }

    boolean suppressed() {
        return suppressed;
    }

    @Override
    public List<Long> eventIds() {
        return eventIds;
    }

    @Override
    public Utf8Text email() {
        return Utf8Text.of(registration.email());
    }

    @Override
    public Utf8Text firstName() {
        return Utf8Text.of(registration.firstName());
    }

    @Override
    public Utf8Text lastName() {
        return Utf8Text.of(registration.lastName());
    }

    @Override
    public ContactFields contact() {
        return registration;
    }

    @Override
    public Registration registration() {
        return registration;
    }
}
