package org.podium.store;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.podium.store.ExportSource.Fields;
import org.podium.store.ExportSource.Filter;

/**
 * The statements of an export from SQLite. Each registration of the chosen events comes back
 * as one value: a digit saying why it is left out, or, for a qualifying one, its fields joined
 * by SQLite with {@link JoinedNames#SEPARATOR} ({@link JoinedRow} reads them). The scan goes
 * over the table in storage order by ranges of row ids; nothing is sorted. With several events
 * a registration is left out ("merged") when the same address qualifies for a later event, and
 * the one that speaks for the person lists the earlier ones: two probes of the address index
 * per row, no sort and no memory.
 */
final class ExportSql {
    static final char BY_STATUS = '1';
    static final char BY_CONSENT = '2';
    static final char MERGED = '4';
    static final char QUALIFIES = '0';
    /** Read for {@link Fields#NAMES} and {@link Fields#CONTACT}. */
    static final List<String> NAME_COLUMNS = List.of("email", "first_name", "last_name");
    static final List<String> CONTACT_COLUMNS = Stream.concat(NAME_COLUMNS.stream(),
            Stream.of("organisation", "job_title", "city", "country")).toList();
    static final List<String> ALL_COLUMNS = List.of("id", "event_id", "email", "first_name", "last_name",
            "organisation", "job_title", "city", "country", "language", "registered_at", "source", "status",
            "minutes_attended", "consent", "consent_at", "consent_source", "custom_answers", "notes");
    private static final List<String> WHOLE_NUMBERS = List.of("id", "event_id", "minutes_attended", "consent");
    /** The one column that may be NULL: sent empty when it is, after a '.' when it is not. */
    static final String NULLABLE = "consent_at";

    final Filter filter;
    final Fields fields;
    final List<String> columns;
    private final String events;

    ExportSql(Filter filter, Fields fields) {
        this.filter = filter;
        this.fields = fields;
        this.columns = switch (fields) {
            case NAMES -> NAME_COLUMNS;
            case CONTACT -> CONTACT_COLUMNS;
            case EVERY -> ALL_COLUMNS;
        };
        this.events = "(" + events(filter) + ")";
    }

    boolean merges() {
        return filter.eventIds().size() > 1;
    }

    /** How many registrations the events hold, and the first and last row id among them. */
    String extent() {
        return "SELECT count(*), min(id), max(id) FROM registration WHERE event_id IN " + events;
    }

    /** The registrations of the events with row ids in {@code [?, ?)}, in storage order. */
    String scan() {
        // The '+' keeps SQLite from walking the address index instead of the table.
        return "SELECT " + value() + ", r.id FROM registration r WHERE r.id >= ? AND r.id < ? AND +r.event_id IN "
                + events + " ORDER BY r.id";
    }

    /** One registration by id as strings, with the events merged into it and whether its address is suppressed. */
    String stored() {
        return "SELECT r.*, " + earlier() + " AS earlier, EXISTS (SELECT 1 FROM suppression s WHERE s.email = r.email_key)"
                + " AS suppressed FROM registration r WHERE r.id = ?";
    }

    /** The suppression list, which is small: it is held in memory and looked up for every row. */
    static String suppressed() {
        return "SELECT email FROM suppression";
    }

    private String value() {
        StringBuilder sql = new StringBuilder("CASE WHEN r.status NOT IN ").append(statuses()).append(" THEN ")
                .append(BY_STATUS);
        if (filter.requireConsent()) {
            sql.append(" WHEN r.consent = 0 THEN ").append(BY_CONSENT);
        }
        if (merges()) {
            sql.append(" WHEN EXISTS (SELECT 1 FROM registration o WHERE o.email_key = r.email_key AND o.event_id IN ")
                    .append(events).append(" AND ").append(recency("o")).append(" > ").append(recency("r"))
                    .append(" AND ").append(qualifies("o")).append(") THEN '").append(MERGED)
                    .append("' || x'ff' || r.email_key");
        }
        String joined = Stream.concat(Stream.of(String.valueOf(QUALIFIES), "r.email_key", "r.event_id", earlier()),
                columns.stream().map(ExportSql::expression)).collect(Collectors.joining(", ", "concat_ws(x'ff', ", ")"));
        return sql.append(" ELSE ").append(joined).append(" END").toString();
    }

    /** The other events, comma-separated, for which the address of a qualifying row {@code r} qualifies too. */
    private String earlier() {
        if (!merges()) {
            return "''";
        }
        return "coalesce((SELECT group_concat(o.event_id) FROM registration o WHERE o.email_key = r.email_key"
                + " AND o.event_id IN " + events + " AND o.event_id <> r.event_id AND " + qualifies("o") + "), '')";
    }

    private String qualifies(String table) {
        return table + ".status IN " + statuses() + (filter.requireConsent() ? " AND " + table + ".consent <> 0" : "");
    }

    /** The place of a row's event among the chosen ones, oldest first. */
    private String recency(String table) {
        List<Long> ids = filter.eventIds();
        return IntStream.range(0, ids.size()).mapToObj(i -> " WHEN " + ids.get(i) + " THEN " + i)
                .collect(Collectors.joining("", "(CASE " + table + ".event_id", " END)"));
    }

    private String statuses() {
        return "(" + statuses(filter) + ")";
    }

    /**
     * The chosen events' ids, comma-separated, for {@code IN (…)} in either engine's SQL: ids and
     * status names are numbers and enum names, written into the SQL with no quoting to get wrong.
     */
    static String events(Filter filter) {
        return filter.eventIds().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The chosen statuses' names, quoted, sorted and comma-separated, for {@code IN (…)}. */
    static String statuses(Filter filter) {
        return filter.statuses().stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(","));
    }

    private static String expression(String column) {
        if (WHOLE_NUMBERS.contains(column)) {
            return "CAST(r." + column + " AS INTEGER)";
        }
        if (column.equals(NULLABLE)) {
            return "CASE WHEN r." + column + " IS NULL THEN '' ELSE '.' || r." + column + " END";
        }
        return "r." + column;
    }
}
