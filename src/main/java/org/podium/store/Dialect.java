package org.podium.store;

/**
 * The few places where SQLite's SQL and PostgreSQL's differ for the stores both engines share:
 * a store writes its SQL once and asks its book's dialect only for these pieces. SQL both
 * engines accept alike (the schema keeps times as ISO-8601 text and flags as 0/1 integers on
 * both, so binding and reading are the same) stays in the store as it is.
 */
public enum Dialect {
    /** The laptop book. */
    SQLITE {
        @Override
        String insertIgnoringDuplicates(String insert) {
            return insert.replaceFirst("^INSERT INTO", "INSERT OR IGNORE INTO");
        }

        @Override
        String caseless(String column) {
            return column + " COLLATE NOCASE";
        }

        @Override
        String sameTextIgnoringCase(String column) {
            return column + "=? COLLATE NOCASE";
        }

        @Override
        String containsParameter(String text) {
            return "instr(" + text + ", ?) > 0";
        }

        @Override
        String rowId() {
            return "rowid";
        }

        @Override
        String withoutIndex(String column) {
            return "+" + column;
        }

        @Override
        String textColumns() {
            return "SELECT m.name, p.name FROM sqlite_schema m, pragma_table_info(m.name) p"
                    + " WHERE m.type='table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> 'suppression'"
                    + " AND upper(p.type) LIKE '%TEXT%' ORDER BY m.name, p.cid";
        }
    },
    /** The team book. */
    POSTGRESQL {
        @Override
        String insertIgnoringDuplicates(String insert) {
            return insert + " ON CONFLICT DO NOTHING";
        }

        @Override
        String caseless(String column) {
            return "lower(" + column + ")";
        }

        @Override
        String sameTextIgnoringCase(String column) {
            return "lower(" + column + ")=lower(?)";
        }

        @Override
        String containsParameter(String text) {
            return "strpos(" + text + ", ?) > 0";
        }

        /**
         * The row's physical place, read as one number (block × 65,536 + line): stable for a
         * row until it is updated, which is all a transaction that finds and then blanks
         * mentions needs.
         */
        @Override
        String rowId() {
            return "(((ctid::text::point)[0])::bigint * 65536 + ((ctid::text::point)[1])::bigint)";
        }

        @Override
        String withoutIndex(String column) {
            return column;
        }

        @Override
        String textColumns() {
            return "SELECT table_name, column_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name <> 'suppression'"
                    + " AND data_type = 'text' ORDER BY table_name, ordinal_position";
        }
    };

    /**
     * {@code insert} (an {@code INSERT INTO … VALUES …} without a conflict clause) made to skip
     * a row that would break a unique key instead of failing.
     */
    abstract String insertIgnoringDuplicates(String insert);

    /** The column as ORDER BY compares it ignoring ASCII case, as SQLite's NOCASE does. */
    abstract String caseless(String column);

    /** A condition: the column equals the next parameter, ignoring case. */
    abstract String sameTextIgnoringCase(String column);

    /** A condition: the text expression contains the next parameter as it is. */
    abstract String containsParameter(String text);

    /** An expression naming the row within its table, for the rows {@link PrivacyStore} blanks. */
    abstract String rowId();

    /**
     * The column in a condition the planner should not answer from an index on it (SQLite's
     * unary {@code +}): PostgreSQL's planner weighs its statistics and needs no such hint.
     */
    abstract String withoutIndex(String column);

    /** A query listing every text column outside the suppression list: table, then column. */
    abstract String textColumns();
}
