package org.podium.service.export;

import java.nio.charset.StandardCharsets;
import org.podium.domain.Emails;
import org.podium.domain.RoleAddresses;

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

    /**
     * The same for an address given as well-formed UTF-8: the usual plain address is decided
     * on the bytes, any other as text by the domain's rules.
     */
    boolean keep(byte[] utf8, int from, int to) {
        return plainPersonal(utf8, from, to) || keep(new String(utf8, from, to - from, StandardCharsets.UTF_8));
    }

    /** Adds another part's counts to these. */
    void add(AddressChecks other) {
        invalid += other.invalid;
        role += other.role;
        excludedInvalid += other.excludedInvalid;
        excludedRole += other.excludedRole;
    }

    /**
     * Whether the bytes are certainly an address that {@link Emails#isValid} accepts and
     * {@link RoleAddresses#isRole} does not flag; false means "ask them". It only says yes to
     * letters, digits and {@code . _ - +} with one {@code @}, no {@code ..}, at most 254 of
     * them, a dot after the character that follows the {@code @} and two or more after the last
     * dot: such an address has no space to trim and matches the domain's pattern. It is not a
     * role address when the part a role would be named by (before a {@code +} tag, else before
     * the {@code @}) holds anything but a letter or hyphen, as every role name is made of those.
     */
    static boolean plainPersonal(byte[] bytes, int from, int to) {
        if (to - from > 254) {
            return false;
        }
        int at = -1;
        int plus = -1;
        int lastDot = -1;
        for (int i = from; i < to; i++) {
            byte c = bytes[i];
            if (c == '@') {
                if (at >= 0) {
                    return false;
                }
                at = i;
            } else if (c == '.') {
                if (i == lastDot + 1 && lastDot >= 0) {
                    return false;
                }
                lastDot = i;
            } else if (c == '+') {
                plus = plus < 0 ? i : plus;
            } else if (!letter(c) && !(c >= '0' && c <= '9') && c != '_' && c != '-') {
                return false;
            }
        }
        if (at <= from || lastDot <= at + 1 || to - lastDot - 1 < 2) {
            return false;
        }
        int nameEnd = plus > from && plus < at ? plus : at;
        for (int i = from; i < nameEnd; i++) {
            if (!letter(bytes[i]) && bytes[i] != '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean letter(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
