package org.podium.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.podium.domain.ContactFields;
import org.podium.domain.Registration;
import org.podium.domain.Utf8Text;

/**
 * The plain path every shortcut of {@link RegistrationExportStore} is compared with: every
 * registration of the events read whole as strings, one column at a time, in row-id order on
 * one thread; the filters, the suppression list and the merge across events decided in Java by
 * their definitions, with the whole list in memory.
 */
public final class PlainExport implements ExportSource {
    private final BookDatabase db;

    public PlainExport(BookDatabase db) {
        this.db = db;
    }

    private record Read(Registration registration, String key, boolean suppressed) {
    }

    @Override
    public <C> Tally stream(Filter filter, Fields fields, Rows<C> rows) {
        List<Read> all = db.read(c -> {
            List<Read> read = new ArrayList<>();
            String ids = String.join(",", Collections.nCopies(filter.eventIds().size(), "?"));
            try (PreparedStatement ps = c.prepareStatement("SELECT r.*, EXISTS (SELECT 1 FROM suppression s"
                    + " WHERE s.email = r.email_key) AS suppressed FROM registration r WHERE event_id IN (" + ids
                    + ") ORDER BY id")) {
                Sql.bind(ps, filter.eventIds().toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        read.add(new Read(RegistrationStore.map(rs), rs.getString("email_key"),
                                rs.getBoolean("suppressed")));
                    }
                }
            }
            return read;
        });
        long byStatus = 0;
        long byConsent = 0;
        long bySuppression = 0;
        Map<String, List<Read>> byKey = new LinkedHashMap<>();
        for (Read r : all) {
            if (!filter.statuses().contains(r.registration().status())) {
                byStatus++;
            } else if (filter.requireConsent() && !r.registration().consent()) {
                byConsent++;
            } else if (r.suppressed()) {
                bySuppression++;
            } else {
                byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Read, List<Long>> speaking = new HashMap<>();
        long merged = 0;
        for (List<Read> group : byKey.values()) {
            group.sort((a, b) -> Integer.compare(filter.eventIds().indexOf(a.registration().eventId()),
                    filter.eventIds().indexOf(b.registration().eventId())));
            speaking.put(group.get(group.size() - 1), group.stream().map(r -> r.registration().eventId()).toList());
            merged += group.size() - 1;
        }
        rows.start(all.size());
        Part<C> part = rows.part();
        for (Read r : all) {
            List<Long> events = speaking.get(r);
            if (events != null) {
                part.row(new Whole(r.registration(), events));
            }
        }
        rows.write(part.piece(), all.size());
        return new Tally(all.size(), byStatus, byConsent, bySuppression, merged);
    }

    /** A row of the plain path: a whole registration. */
    private record Whole(Registration registration, List<Long> eventIds) implements Row {
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
    }
}
