package org.podium.ui.registrants;

import java.util.Comparator;

/**
 * The order the table is sorted in: a column and its direction; ties, and no sort at all, keep
 * the order the registrants were added in (by id, which the book reads fastest).
 */
public record RegistrantSort(Column column, boolean ascending) {
    static final Comparator<RegistrantRow> ADDED_ORDER = Comparator.comparingLong(RegistrantRow::id);

    /** The table's columns a coordinator can sort by. */
    public enum Column {
        NAME(Comparator.comparing(RegistrantRow::key)),
        EMAIL(Comparator.comparing(r -> r.line().email(), String.CASE_INSENSITIVE_ORDER)),
        ORGANISATION(Comparator.comparing(RegistrantRow::organisationKey)),
        COUNTRY(Comparator.comparing(r -> r.line().country())),
        STATUS(Comparator.comparing(r -> r.line().status())),
        REGISTERED_AT(Comparator.comparing(r -> r.line().registeredAt())),
        CONSENT(Comparator.comparing(r -> r.line().consent())),
        MINUTES(Comparator.comparingInt(r -> r.line().minutesAttended()));

        private final Comparator<RegistrantRow> order;

        Column(Comparator<RegistrantRow> order) {
            this.order = order;
        }
    }

    /** The comparator of a sort; none means the order added. */
    static Comparator<RegistrantRow> comparator(RegistrantSort sort) {
        return sort == null ? ADDED_ORDER : primary(sort).thenComparing(ADDED_ORDER);
    }

    /** The column's own order in the sort's direction, without the tie-break. */
    static Comparator<RegistrantRow> primary(RegistrantSort sort) {
        return sort.ascending() ? sort.column().order : sort.column().order.reversed();
    }
}
