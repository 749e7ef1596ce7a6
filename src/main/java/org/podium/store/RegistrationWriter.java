package org.podium.store;

import org.podium.domain.IsoInstants;
import org.podium.domain.Registration;

/**
 * Writes many registrations of one event inside one transaction. The caller says which rows
 * are new addresses ({@link #add}) and which belong to registrants the event already had
 * ({@link #update}); a new address that repeats one added earlier by the same work is left out
 * and reported to {@link Repeats}. Obtain it from {@link RegistrationImportStore#writer};
 * {@link #finish} it, or {@link #abandon} it when the transaction will be rolled back, and
 * close it before the transaction ends. Each engine has its own: the laptop book's batched
 * statements ({@link SqliteRegistrationWriter}), the team book's {@code COPY}
 * ({@link CopyRegistrationWriter}).
 */
public interface RegistrationWriter extends AutoCloseable {
    /** How many rows are written in one batch; a multiple of {@link RegistrationInsert#ROWS_PER_STATEMENT}. */
    int BATCH = 2_000;

    /**
     * One row to write, the line it came from, and which of its typed values the file actually
     * gave; {@code whole} when the row is a whole stored registrant (a Podium full export), which
     * an update restores field for field instead of merging. What the writer binds (the address
     * key, the times as text) is worked out here, on the thread that makes the row, so the
     * writing thread only binds.
     */
    record Incoming(long line, Registration registration, String emailKey, boolean statusGiven,
                    boolean registeredAtGiven, boolean consentGiven, boolean whole, String keyToBind,
                    String registeredAtText, String consentAtText) {
        public Incoming(long line, Registration registration, boolean statusGiven, boolean registeredAtGiven,
                        boolean consentGiven) {
            this(line, registration, statusGiven, registeredAtGiven, consentGiven, false);
        }

        private Incoming(long line, Registration registration, boolean statusGiven, boolean registeredAtGiven,
                         boolean consentGiven, boolean whole) {
            this(line, registration, registration.emailKey(), statusGiven, registeredAtGiven, consentGiven, whole,
                    RegistrationText.isAscii(registration.email()) ? null : registration.emailKey(),
                    IsoInstants.format(registration.registeredAt()), IsoInstants.format(registration.consentAt()));
        }

        /** A whole stored registrant: new, it is inserted as it is; known, an update makes it this. */
        public static Incoming whole(long line, Registration registration) {
            return new Incoming(line, registration, true, true, true, true);
        }
    }

    /** Hears of each row left out because an earlier row of the same work gave its address. */
    @FunctionalInterface
    interface Repeats {
        /** {@code firstLine} is the line of the row that was kept, or -1 when it is not known. */
        void repeated(String email, long line, long firstLine);
    }

    /** Queues a row with an address the event does not have. */
    void add(Incoming row);

    /** Queues a row for a registrant the event had, to be given the row's values. */
    void update(Incoming row);

    /** Writes every queued row. */
    void flush();

    /** Writes what is queued and completes the work (repeats are known and reported by now). */
    void finish();

    /** Marks the work as failed: its transaction will roll back, so nothing more is written. */
    void abandon();

    /** New registrants written. */
    long inserted();

    /** Registrants given the file's values that differed. */
    long updated();

    /** Registrants given the file's values that already had them. */
    long unchanged();

    /** Rows left out because an earlier row of this work gave the same address. */
    long repeated();

    /** Finishes the work unless it was finished or abandoned, and releases what it holds. */
    @Override
    void close();
}
