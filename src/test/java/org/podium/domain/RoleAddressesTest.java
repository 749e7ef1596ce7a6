package org.podium.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses are an office's mailbox rather than a person's. */
class RoleAddressesTest {
    @Test
    void officeMailboxesAreRoleAddressesWhateverTheirCaseOrTag() {
        for (String email : new String[] {"info@comune.milano.it", "NoReply@example.org", "no-reply@example.org",
            "postmaster@x.eu", "segreteria@unive.it", "Info+webinar@example.org", " support@example.com "}) {
            assertThat(RoleAddresses.isRole(email)).as(email).isTrue();
        }
    }

    @Test
    void personalAddressesAreNot() {
        for (String email : new String[] {"ana.rossi@comune.milano.it", "information.officer.ana@x.org",
            "infoana@example.org", "info", "@example.org", ""}) {
            assertThat(RoleAddresses.isRole(email)).as(email).isFalse();
        }
    }
}
