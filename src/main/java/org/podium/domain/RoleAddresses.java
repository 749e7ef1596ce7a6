package org.podium.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises role addresses (info@, noreply@, segreteria@ …): mailboxes of an office rather
 * than of a person, which mailing tools flag and which often bounce or count as spam traps.
 */
public final class RoleAddresses {
    private static final Set<String> ROLES = Set.of(
            "abuse", "admin", "administrator", "amministrazione", "billing", "contact", "contacts",
            "do-not-reply", "donotreply", "enquiries", "enquiry", "help", "hello", "helpdesk", "hostmaster",
            "info", "information", "inquiries", "mail", "mailer-daemon", "marketing", "newsletter",
            "no-reply", "noreply", "office", "postmaster", "press", "privacy", "sales", "secretariat",
            "segreteria", "support", "team", "webmaster");

    private RoleAddresses() {
    }

    /**
     * Whether the part before the last {@code @} names a role; a {@code +tag} suffix is
     * ignored, so "info+webinar@x.org" is a role address too.
     */
    public static boolean isRole(String email) {
        String address = Emails.normalise(email);
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return false;
        }
        String local = address.substring(0, at);
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        return ROLES.contains(local.toLowerCase(Locale.ROOT));
    }
}
