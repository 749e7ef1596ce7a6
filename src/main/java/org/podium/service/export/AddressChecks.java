package org.podium.service.export;

import org.podium.domain.Emails;
import org.podium.domain.RoleAddresses;
import org.podium.domain.Utf8Text;

/**
 * Counts the invalid and role addresses of an export and says which ones its destination keeps:
 * a mailing tool leaves out invalid addresses, and role addresses unless asked to keep them.
 */
final class AddressChecks {
    private final boolean mailing;
    private final boolean keepRoles;
    long invalid;
    long role;
    long excludedInvalid;
    long excludedRole;

    AddressChecks(ExportRequest request) {
        this.mailing = request.destination().isMailingTool();
        this.keepRoles = request.includeRoleAddresses();
    }

    /**
     * The same as {@link #keep(String)}: the usual plain address is decided on its bytes
     * ({@link Emails#isPlainPersonal}), any other as text by the domain's rules.
     */
    boolean keep(Utf8Text email) {
        return Emails.isPlainPersonal(email) || keep(email.toString());
    }

    /**
     * Counts an invalid or role address and says whether this destination keeps it. An address
     * holding an invisible or control character (stored before addresses were cleaned on the way
     * in) is kept by none: its key may miss the suppression list, which holds the clean address.
     */
    boolean keep(String email) {
        if (Emails.holdsInvisible(email)) {
            invalid++;
            excludedInvalid++;
            return false;
        }
        if (!Emails.isValid(email)) {
            invalid++;
            if (mailing) {
                excludedInvalid++;
                return false;
            }
        } else if (RoleAddresses.isRole(email)) {
            role++;
            if (mailing && !keepRoles) {
                excludedRole++;
                return false;
            }
        }
        return true;
    }

    /** Adds another part's counts to these. */
    void add(AddressChecks other) {
        invalid += other.invalid;
        role += other.role;
        excludedInvalid += other.excludedInvalid;
        excludedRole += other.excludedRole;
    }
}
