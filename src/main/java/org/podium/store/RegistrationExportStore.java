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
import java.util.stream.Stream;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;

/**
 * Reads the registrations of one or more events for an export, as a forward-only stream in
 * address order with the status, consent and suppression filters done by SQLite, so a list of
 * a million rows passes through in constant memory. A left-out row costs one number across
 * JDBC: SQLite says why it is left out, and its fields are never read.
 */
public final class RegistrationExportStore {
    private static final int FETCH_SIZE = 1_000;
    /** The columns {@link Fields#NAMES} and {@link Fields#CONTACT} read ({@link #partial}), and all of them. */
    static final List<String> NAME_COLUMNS = List.of("event_id", "email", "first_name", "last_name");
    static final List<String> CONTACT_COLUMNS = Stream.concat(NAME_COLUMNS.stream(),
            Stream.of("organisation", "job_title", "city", "country")).toList();
    static final List<String> ALL_COLUMNS = List.of("id", "event_id", "email", "first_name", "last_name",
            "organisation", "job_title", "city", "country", "language", "registered_at", "source", "status",
            "minutes_attended", "consent", "consent_at", "consent_source", "custom_answers", "notes");
    private static final int BY_STATUS = 1;
    private static final int BY_CONSENT = 2;
    static final int BY_SUPPRESSION = 3;
    /** Whether a registration's normalised address is on the suppression list. */
    static final String SUPPRESSED = "EXISTS (SELECT 1 FROM suppression s WHERE s.email = r.email_key)";

    private final Database db;
    private final int chunk;

    public RegistrationExportStore(Database db) {
        this(db, NameChunks.CHUNK);
    }

    /** With chunks of another size, so a test can read several chunks from a few rows. */
    RegistrationExportStore(Database db, int chunk) {
        this.db = db;
        this.chunk = chunk;
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
     * rest qualify and were streamed.
     */
    public record Tally(long total, long byStatus, long byConsent, long bySuppression) {
        public long qualifying() {
            return total - byStatus - byConsent - bySuppression;
        }
    }

    /** How much of each registration to read. */
    public enum Fields {
        /** Address, first and last name: what Mailchimp and Brevo take. */
        NAMES,
        /** Names plus organisation, job title, city and country: what contact books take. */
        CONTACT,
        /** Every stored field. */
        EVERY
    }

    /** Where an export's rows go: first told how many registrations the export goes over, if it wants to know. */
    public interface Counted {
        /**
         * Whether {@link #start} is wanted. Counting is a pass over the events' part of the index
         * (some 35 ms a million registrations) that only a progress bar needs.
         */
        default boolean wantsTotal() {
            return true;
        }

        /** How many registrations the export goes over, before the first; not called unless {@link #wantsTotal}. */
        void start(long registrations);
    }

    /** Receives how many registrations the events hold, then each qualifying registration in address order. */
    public interface Sink extends Counted {
        /**
         * One qualifying registration, with the normalised address the rows are ordered by; the
         * key is null when the export covers one event, where every address is unique anyway.
         */
        void row(String emailKey, Registration registration);
    }

    /**
     * Receives the qualifying registrations of one event for a layout of address and names, as
     * the UTF-8 bytes SQLite holds, in chunks of address order. Chunks may be rendered on two
     * threads at once, each with its own renderer; they reach {@link #write} in order, on the
     * thread that called {@link #readNames}.
     */
    public interface NameRows<T> extends Counted {
        /** A renderer for one thread. */
        NameRenderer<T> renderer();

        /** The next chunk, and how many registrations (qualifying or not) the chunks so far covered. */
        void write(T chunk, long registrationsDone);
    }

    /** Renders the qualifying rows of a chunk; one instance serves one thread. */
    public interface NameRenderer<T> {
        /**
         * One row as well-formed UTF-8: {@code row[emailAt, firstAt - 1)} is the address,
         * {@code row[firstAt, lastAt - 1)} the first name and {@code row[lastAt, row.length)}
         * the last name (what comes before {@code emailAt} is the store's).
         */
        void names(byte[] row, int emailAt, int firstAt, int lastAt);

        /** A row whose stored text is not well-formed UTF-8, read as {@link #read} reads it. */
        void registration(Registration registration);

        /** What the rows since the last call rendered; the renderer starts afresh. */
        T chunk();
    }

    /**
     * Like {@link #read} with {@link Fields#NAMES} for one event, but without a Java string per
     * field: SQLite joins each qualifying row's address and names into one value that crosses
     * JDBC as bytes, the suppression list is walked alongside in the same order instead of
     * searched for every row, and two threads on two connections, pinned to the same snapshot,
     * read alternate chunks of the address order when the book and the machine allow.
     */
    public <T> Tally readNames(Filter filter, NameRows<T> rows) {
        if (filter.eventIds().size() != 1) {
            throw new IllegalArgumentException("readNames reads one event; read merges several");
        }
        return db.read(c -> new NameChunks<>(db, filter, rows, chunk).read(c));
    }

    /**
     * Streams the qualifying registrations ordered by normalised address, so one person's
     * registrations across the events arrive together, and returns how the others were left
     * out. One statement does both, so the counts and the rows come from the same snapshot.
     * Fields not read hold their defaults (empty text, no time, status registered): the
     * mailing layouts need no more, and reading less keeps a large export fast. A qualifying
     * row's fields cross JDBC joined into one value ({@link JoinedRegistrations}).
     */
    public Tally read(Filter filter, Fields fields, Sink sink) {
        return db.read(c -> {
            start(sink, c, filter.eventIds());
            return stream(c, filter, fields, sink);
        });
    }

    /** Tells {@code sink} how many registrations the events hold, when it wants to know. */
    static void start(Counted sink, Connection c, List<Long> eventIds) throws SQLException {
        if (sink.wantsTotal()) {
            sink.start(Sql.count(c, "SELECT count(*) FROM registration WHERE event_id IN "
                    + placeholders(eventIds.size()), eventIds.toArray()));
        }
    }

    private static Tally stream(Connection c, Filter f, Fields fields, Sink sink) throws SQLException {
        boolean grouped = f.eventIds().size() > 1;
        JoinedRegistrations joined = new JoinedRegistrations(switch (fields) {
            case NAMES -> NAME_COLUMNS;
            case CONTACT -> CONTACT_COLUMNS;
            case EVERY -> ALL_COLUMNS;
        });
        // A qualifying row is its fields joined into one value, a left-out one the number of its reason.
        String sql = "SELECT " + excluded(f, joined.sql()) + ", r.id FROM registration r WHERE r.event_id IN "
                + placeholders(f.eventIds().size()) + " ORDER BY r.email_key";
        List<Object> params = new ArrayList<>(statusNames(f));
        params.addAll(f.eventIds());
        long[] counts = new long[4];
        try (PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(FETCH_SIZE);
            Sql.bind(ps, params.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    counts[0]++;
                    byte[] row = rs.getBytes(1);
                    if (countedOut(row, counts)) {
                        continue;
                    }
                    if (joined.next(row)) {
                        sink.row(grouped ? joined.key() : null, registration(joined.columns(), fields));
                    } else {
                        storedRow(c, rs.getLong(2), fields, grouped, sink);
                    }
                }
            }
        }
        return tally(counts);
    }

    /** A row whose text is not well-formed UTF-8, read one column at a time. */
    private static void storedRow(Connection c, long id, Fields fields, boolean grouped, Sink sink)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM registration WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                sink.row(grouped ? rs.getString("email_key") : null,
                        registration(RegistrationColumns.of(rs), fields));
            }
        }
    }

    private static Registration registration(RegistrationColumns columns, Fields fields) throws SQLException {
        return fields == Fields.EVERY ? RegistrationStore.map(columns) : partial(columns, fields);
    }

    /**
     * Whether a row's first column is the number of the reason it is left out ({@link #excluded}
     * gives one digit where a qualifying row has its joined fields), counted in {@code counts}.
     */
    static boolean countedOut(byte[] row, long[] counts) {
        if (row == null || row.length != 1) {
            return false;
        }
        counts[row[0] - '0']++;
        return true;
    }

    /** The tally of a reading that counted, by reason number, the rows it wrote and left out. */
    static Tally tally(long[] counts) {
        return new Tally(counts[0], counts[BY_STATUS], counts[BY_CONSENT], counts[BY_SUPPRESSION]);
    }

    /**
     * Why a row is left out, decided by SQLite in the order the Tally counts them ({@link #BY_STATUS},
     * {@link #BY_CONSENT}, {@link #BY_SUPPRESSION}); {@code otherwise} for a row that qualifies. Its
     * parameters are {@link #statusNames}.
     */
    static String excluded(Filter f, String otherwise) {
        return unwanted(f, "WHEN " + SUPPRESSED + " THEN " + BY_SUPPRESSION + " ELSE " + otherwise);
    }

    /**
     * Like {@link #excluded} but without the suppression list: {@code otherwise} for a row whose
     * status and consent pass, which the caller checks against the list itself.
     */
    static String excludedBeforeSuppression(Filter f, String otherwise) {
        return unwanted(f, "ELSE " + otherwise);
    }

    private static String unwanted(Filter f, String rest) {
        return "CASE WHEN r.status NOT IN " + placeholders(f.statuses().size()) + " THEN " + BY_STATUS
                + (f.requireConsent() ? " WHEN r.consent = 0 THEN " + BY_CONSENT : "") + " " + rest + " END";
    }

    /** The fields of {@link Fields#NAMES} or {@link Fields#CONTACT}; the others hold their defaults. */
    static Registration partial(RegistrationColumns r, Fields fields) throws SQLException {
        boolean contact = fields == Fields.CONTACT;
        return new Registration(0, r.number("event_id"), r.text("email"), r.text("first_name"), r.text("last_name"),
                contact ? r.text("organisation") : "", contact ? r.text("job_title") : "",
                contact ? r.text("city") : "", contact ? r.text("country") : "", "", null, RegistrationSource.MANUAL,
                RegistrationStatus.REGISTERED, 0, false, null, "", Map.of(), "");
    }

    static List<String> statusNames(Filter f) {
        return f.statuses().stream().map(Enum::name).sorted().toList();
    }

    private static String placeholders(int count) {
        return "(" + String.join(",", Collections.nCopies(count, "?")) + ")";
    }
}
