package org.podium.ui.registrants;

import java.util.Map;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationLine;
import org.podium.domain.RegistrationStatus;

/**
 * One registrant in the table: the stored line plus the folded keys computed once when the
 * list loads. {@code key} is name, email and organisation joined by NUL, which no typed text
 * holds, so a search never matches across two fields, and sorting by it sorts by name.
 */
public record RegistrantRow(RegistrationLine line, String key, String organisationKey) {

    public long id() {
        return line.id();
    }

    /** "First Last", or the address when the registrant gave no name. */
    public String name() {
        String name = (line.firstName() + " " + line.lastName()).strip();
        return name.isEmpty() ? line.email() : name;
    }

    public RegistrantRow withStatus(RegistrationStatus status) {
        return new RegistrantRow(line.withStatus(status), key, organisationKey);
    }

    static RegistrantRow of(RegistrationLine line) {
        return of(line, null);
    }

    /** The row of a registration as the form saved it. */
    static RegistrantRow of(Registration r) {
        return of(new RegistrationLine(r.id(), r.firstName(), r.lastName(), r.email(), r.organisation(), r.country(),
                r.status(), r.registeredAt(), r.consent(), r.minutesAttended()));
    }

    /**
     * Builds a row; {@code shared} (if given) keeps one folded string per distinct name or
     * organisation, because a list of thousands repeats the same few hundred of each.
     */
    static RegistrantRow of(RegistrationLine line, Map<String, String> shared) {
        java.util.function.UnaryOperator<String> fold = shared == null ? Fold::key
                : text -> shared.computeIfAbsent(text, Fold::key);
        String first = fold.apply(line.firstName());
        String last = fold.apply(line.lastName());
        String name = first.isEmpty() || last.isEmpty() ? first + last : first + ' ' + last;
        String organisation = fold.apply(line.organisation());
        return new RegistrantRow(line, name + '\0' + Fold.key(line.email()) + '\0' + organisation, organisation);
    }
}
