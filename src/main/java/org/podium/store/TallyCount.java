package org.podium.store;

/** The counts of one reading thread, made into an {@link ExportSource.Tally} at the end. */
final class TallyCount {
    long total;
    long byStatus;
    long byConsent;
    long bySuppression;
    long merged;

    /** Counts a row SQLite left out, by the digit {@link ExportSql} gave it. */
    void leftOut(byte reason) {
        switch (reason) {
            case ExportSql.BY_STATUS -> byStatus++;
            case ExportSql.BY_CONSENT -> byConsent++;
            default -> throw new IllegalStateException("no reason " + (char) reason);
        }
    }

    void add(TallyCount other) {
        total += other.total;
        byStatus += other.byStatus;
        byConsent += other.byConsent;
        bySuppression += other.bySuppression;
        merged += other.merged;
    }

    ExportSource.Tally tally() {
        return new ExportSource.Tally(total, byStatus, byConsent, bySuppression, merged);
    }
}
