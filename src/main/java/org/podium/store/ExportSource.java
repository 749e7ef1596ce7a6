package org.podium.store;

import java.util.List;
import java.util.Set;
import org.podium.domain.ContactFields;
import org.podium.domain.FieldText;
import org.podium.domain.RegistrantField;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.Utf8Text;

/**
 * The qualifying registrations of an export, streamed: the one thing an export asks of a book.
 * Each address passes once, with the events it is exported for; status, consent and the
 * suppression list are applied here, and the rest are only counted. The order is the book's
 * own (for SQLite, the order the registrations were stored in), the same every time for the
 * same book. How a book reads them fast, and what that rests on: {@code docs/decisions/0008}.
 */
public interface ExportSource {
    /** Streams the qualifying rows of {@code filter} to {@code rows}, and says how the others were left out. */
    <C> Tally stream(Filter filter, Fields fields, Rows<C> rows);

    /**
     * Which registrations to export: those of these events whose status is one of these and,
     * when consent is required, that agreed to further mailings; a suppressed address never
     * passes. The events come oldest first: a person registered for several is exported once,
     * by their registration for the latest.
     */
    record Filter(List<Long> eventIds, Set<RegistrationStatus> statuses, boolean requireConsent) {
        public Filter {
            eventIds = List.copyOf(eventIds);
            statuses = Set.copyOf(statuses);
            if (eventIds.isEmpty() || statuses.isEmpty()) {
                throw new IllegalArgumentException("an export needs at least one event and one status");
            }
        }
    }

    /** How much of each registration a row offers. */
    enum Fields {
        /** Address, first and last name: what Mailchimp and Brevo take. */
        NAMES,
        /** Names plus organisation, job title, city and country: what contact books take ({@link Row#contact}). */
        CONTACT,
        /** Every stored field ({@link Row#registration}). */
        EVERY
    }

    /**
     * How the registrations of the events divided, each counted once in this order: left out
     * for their status, then for lack of consent, then because the address is suppressed, then
     * merged into the same person's registration for a later event; the rest were streamed.
     */
    record Tally(long total, long byStatus, long byConsent, long bySuppression, long merged) {
        public long streamed() {
            return total - byStatus - byConsent - bySuppression - merged;
        }
    }

    /**
     * One qualifying address; valid only during the call it is passed to. Its {@link #field}s
     * are those of the {@link Fields} read; by default they are made from {@link #contact} and
     * {@link #registration}, and a book may give them straight from what it read.
     */
    interface Row extends FieldText {
        /** The events this address is exported for, oldest first; the last is that of the row's registration. */
        List<Long> eventIds();

        Utf8Text email();

        Utf8Text firstName();

        Utf8Text lastName();

        /** The fields a contact book takes, as strings; beyond the names, only promised when {@link Fields#CONTACT} or more was read. */
        ContactFields contact();

        /** The whole registration; only when {@link Fields#EVERY} was read. */
        Registration registration();

        @Override
        default Utf8Text field(RegistrantField field) {
            return FieldText.utf8(FieldText.isContact(field) ? contact() : registration(), field);
        }
    }

    /**
     * Where the rows go. The book may read parts of the list on two threads at once, each
     * giving its rows to its own {@link Part}; what the parts make reaches {@link #write} in the
     * book's order, on the thread that called {@link ExportSource#stream}.
     */
    interface Rows<C> {
        /** How many registrations the export goes over, before any row. */
        void start(long registrations);

        /** A part for one thread. */
        Part<C> part();

        /** The next piece of the list, and how many registrations (qualifying or not) the pieces so far covered. */
        void write(C piece, long registrationsDone);
    }

    /** Takes the rows of one thread. */
    interface Part<C> {
        void row(Row row);

        /** What the rows since the last call made; the part starts afresh. */
        C piece();
    }
}
