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

    private static final int LONGEST = ROLES.stream().mapToInt(String::length).max().orElse(0);

    private RoleAddresses() {
    }

    /**
     * Whether the part before the last {@code @} names a role; a {@code +tag} suffix is
     * ignored, so "info+webinar@x.org" is a role address too.
     */
    public static boolean isRole(String email) {
        String address = Text.clean(email);
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return false;
        }
        int plus = address.indexOf('+');
        int end = plus > 0 && plus < at ? plus : at;
        // This runs once per row of a large export: most addresses fail the cheap checks.
        if (end > LONGEST) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = address.charAt(i);
            if (c != '-' && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return ROLES.contains(address.substring(0, end).toLowerCase(Locale.ROOT));
    }
}
