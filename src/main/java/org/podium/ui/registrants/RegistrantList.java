package org.podium.ui.registrants;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.podium.domain.RegistrationStatus;

/**
 * All registrants of one event held in memory, in the table's order, with search and filter.
 *
 * <p>Why in memory rather than a query per keystroke: a registrant row is about 300 bytes
 * (the list fields plus one folded search key; names are shared), so 100,000 of them take
 * some 30 MB and load off the FX thread in about a second, after the first 200 rows are
 * already shown. A
 * search then scans one string per row: 100,000 {@code contains} calls take a few
 * milliseconds, where an SQL {@code LIKE '%…%'} over three columns has no index to use and
 * costs tens of milliseconds plus the JDBC round trip on every keystroke, and a windowed
 * virtual list would add a query per scroll. Sorting is one stable {@link List#sort} of the
 * rows in the order added, by a comparator over precomputed keys, so ties keep that order
 * without a second comparison (on a click, not a keystroke). The shipped
 * {@code RegistrantsWindowBenchmark} measures the real figures.
 */
final class RegistrantList {
    private final List<RegistrantRow> added;
    private List<RegistrantRow> rows;
    private RegistrantSort sort;

    /** A list of the rows, sorted by {@code sort}; the rows need not be in any order. */
    RegistrantList(List<RegistrantRow> rows, RegistrantSort sort) {
        this.added = new ArrayList<>(rows);
        this.added.sort(RegistrantSort.ADDED_ORDER);
        sort(sort);
    }

    static RegistrantList empty() {
        return new RegistrantList(List.of(), null);
    }

    int size() {
        return rows.size();
    }

    RegistrantSort sort() {
        return sort;
    }

    /** Every row in the current order; read only. */
    List<RegistrantRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    void sort(RegistrantSort newSort) {
        sort = newSort;
        rows = new ArrayList<>(added);
        if (newSort != null) {
            // Stable: rows that tie stay in the order added, as RegistrantSort.comparator says.
            rows.sort(RegistrantSort.primary(newSort));
        }
    }

    /**
     * The rows of {@code source} (this list or an earlier result of it) whose status is
     * {@code status} (any if null) and whose key holds every word of the folded {@code words}.
     */
    static List<RegistrantRow> filter(List<RegistrantRow> source, String[] words, RegistrationStatus status) {
        List<RegistrantRow> result = new ArrayList<>(words.length == 0 && status == null ? source.size() : 256);
        for (RegistrantRow row : source) {
            if (status != null && row.line().status() != status) {
                continue;
            }
            String key = row.key();
            boolean all = true;
            for (String word : words) {
                if (!key.contains(word)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                result.add(row);
            }
        }
        return result;
    }

    /** The words of a search as {@link #filter} wants them: folded, split at spaces. */
    static String[] words(String search) {
        String folded = Fold.key(search).strip();
        return folded.isEmpty() ? new String[0] : folded.split("\\s+");
    }

    /** Gives the rows of the map their new status, keeping their places. */
    void setStatuses(Map<Long, RegistrationStatus> statuses) {
        java.util.function.UnaryOperator<RegistrantRow> change = row -> {
            RegistrationStatus now = statuses.get(row.id());
            return now == null || now == row.line().status() ? row : row.withStatus(now);
        };
        added.replaceAll(change);
        if (sort != null && sort.column() == RegistrantSort.Column.STATUS) {
            sort(sort);
        } else {
            rows.replaceAll(change);
        }
    }

    /** Puts the row in its sorted place, replacing the row of the same id if there is one. */
    void put(RegistrantRow row) {
        insert(added, row, RegistrantSort.ADDED_ORDER);
        insert(rows, row, RegistrantSort.comparator(sort));
    }

    private static void insert(List<RegistrantRow> list, RegistrantRow row, Comparator<RegistrantRow> order) {
        list.removeIf(r -> r.id() == row.id());
        int at = Collections.binarySearch(list, row, order);
        list.add(at >= 0 ? at : -at - 1, row);
    }

    Optional<RegistrantRow> byId(long id) {
        for (RegistrantRow row : rows) {
            if (row.id() == id) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }
}
