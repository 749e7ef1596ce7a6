package org.podium.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import org.podium.domain.IsoInstants;
import org.podium.domain.Registration;
import org.podium.store.RegistrationWriter.Incoming;

/**
 * How an import gives a registrant the event already had the values of a file's row: given
 * text replaces stored text and empty text keeps it; a given time, status or consent replaces
 * the stored one (a consent's time and source change only when the answer does); custom
 * answers merge. A whole registrant from a Podium full export instead replaces every field,
 * empty ones too. The row is touched only when something differs, so the count of changed rows
 * is the count of updated registrants.
 */
final class RegistrationUpdate {
    private static final String[] TEXT = {"first_name", "last_name", "organisation", "job_title", "city", "country",
        "language", "notes"};
    static final String SQL = sql();
    /** Every stored field but the address key, in the order {@link #bindWhole} binds them from ?3 on. */
    private static final String[] WHOLE = {"email", "first_name", "last_name", "organisation", "job_title", "city",
        "country", "language", "notes", "registered_at", "source", "status", "minutes_attended", "consent",
        "consent_at", "consent_source", "custom_answers"};
    /** The UPDATE that makes a registrant exactly a whole stored one, as a Podium full export gives it. */
    static final String WHOLE_SQL = wholeSql();

    private RegistrationUpdate() {
    }

    private static String sql() {
        StringBuilder set = new StringBuilder();
        StringBuilder differs = new StringBuilder();
        for (int i = 0; i < TEXT.length; i++) {
            String value = "coalesce(nullif(?" + (i + 3) + ",''), " + TEXT[i] + ")";
            set.append(TEXT[i]).append('=').append(value).append(", ");
            differs.append(TEXT[i]).append(" IS NOT ").append(value).append(" OR ");
        }
        String answers = "CASE WHEN ?16 = '{}' THEN custom_answers ELSE json_patch(custom_answers, ?16) END";
        set.append("registered_at=coalesce(?11, registered_at), status=coalesce(?12, status),"
                + " consent_at=CASE WHEN ?13 IS NULL OR ?13 = consent THEN consent_at ELSE ?14 END,"
                + " consent_source=CASE WHEN ?13 IS NULL OR ?13 = consent THEN consent_source ELSE ?15 END,"
                + " consent=coalesce(?13, consent), custom_answers=").append(answers);
        differs.append("registered_at IS NOT coalesce(?11, registered_at) OR status IS NOT coalesce(?12, status)"
                + " OR consent IS NOT coalesce(?13, consent) OR custom_answers IS NOT ").append(answers);
        return "UPDATE registration SET " + set + ", " + Versions.BUMP_ONLY + " WHERE event_id=?1 AND email_key=?2 AND (" + differs + ")";
    }

    private static String wholeSql() {
        StringBuilder set = new StringBuilder();
        StringBuilder differs = new StringBuilder();
        for (int i = 0; i < WHOLE.length; i++) {
            String separator = i == 0 ? "" : ", ";
            set.append(separator).append(WHOLE[i]).append("=?").append(i + 3);
            differs.append(i == 0 ? "" : " OR ").append(WHOLE[i]).append(" IS NOT ?").append(i + 3);
        }
        return "UPDATE registration SET " + set + ", " + Versions.BUMP_ONLY + " WHERE event_id=?1 AND email_key=?2 AND (" + differs + ")";
    }

    /** Binds a whole registrant for {@link #WHOLE_SQL}: every field, empty ones too. */
    static void bindWhole(PreparedStatement restore, Incoming row) throws SQLException {
        Registration r = row.registration();
        restore.setLong(1, r.eventId());
        restore.setString(2, row.emailKey());
        Object[] values = {r.email(), r.firstName(), r.lastName(), r.organisation(), r.jobTitle(), r.city(),
            r.country(), r.language(), r.notes(), row.registeredAtText(), r.source().name(), r.status().name(),
            r.minutesAttended(), r.consent() ? 1 : 0, row.consentAtText(), r.consentSource(),
            RegistrationText.answers(r)};
        for (int i = 0; i < values.length; i++) {
            restore.setObject(i + 3, values[i]);
        }
    }

    static void bind(PreparedStatement change, Incoming row) throws SQLException {
        Registration r = row.registration();
        change.setLong(1, r.eventId());
        change.setString(2, row.emailKey());
        String[] text = {r.firstName(), r.lastName(), r.organisation(), r.jobTitle(), r.city(), r.country(),
            r.language(), r.notes()};
        for (int i = 0; i < text.length; i++) {
            change.setString(i + 3, text[i]);
        }
        change.setString(11, row.registeredAtGiven() ? IsoInstants.format(r.registeredAt()) : null);
        change.setString(12, row.statusGiven() ? r.status().name() : null);
        if (row.consentGiven()) {
            change.setInt(13, r.consent() ? 1 : 0);
        } else {
            change.setNull(13, Types.INTEGER);
        }
        change.setString(14, IsoInstants.format(r.consentAt()));
        change.setString(15, r.consentSource());
        change.setString(16, RegistrationText.answers(r));
    }
}
