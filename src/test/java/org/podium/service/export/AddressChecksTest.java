package org.podium.service.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.podium.domain.Emails;
import org.podium.domain.ExportDestination;
import org.podium.domain.RoleAddresses;
import org.podium.domain.Utf8Text;

import static org.assertj.core.api.Assertions.assertThat;

/** The byte-level shortcut for plain addresses never disagrees with the domain's rules. */
class AddressChecksTest {
    @Test
    void aPlainPersonalAddressIsOneTheDomainCallsValidAndNotARole() {
        Random random = new Random(11);
        String[] pieces = {"a", "Z", "info", "no-reply", "ana", "0", "9", ".", "..", "_", "-", "+", "@", "@", "org",
            "it", "x", " ", "\t", "'", "ë", ",", "\"", "(", ":", "[", "\\"};
        int plain = 0;
        for (int n = 0; n < 200_000; n++) {
            // Mostly shaped like an address, so both answers come up often.
            StringBuilder address = new StringBuilder();
            for (String part : new String[] {"", "@", ".", ""}) {
                address.append(random.nextInt(8) == 0 ? "" : part);
                for (int k = random.nextInt(4); k > 0; k--) {
                    address.append(pieces[random.nextInt(pieces.length)]);
                }
            }
            String text = address.toString();
            byte[] bytes = ("x" + text + "y").getBytes(StandardCharsets.UTF_8);
            if (Emails.isPlainPersonal(new Utf8Text(bytes, 1, bytes.length - 1))) {
                plain++;
                assertThat(Emails.isValid(text) && !RoleAddresses.isRole(text)).as(text).isTrue();
            }
        }
        assertThat(plain).as("the shortcut is taken often").isGreaterThan(300);
    }

    @Test
    void theUsualAddressesAreDecidedOnTheBytes() {
        for (String address : List.of("person.0000001@example.org", "ana.rossi@comune.milano.it", "a_b@x.co",
                "info2@example.org", "ana.b+webinar@example.org", "a".repeat(245) + "1@x.org")) {
            byte[] bytes = address.getBytes(StandardCharsets.US_ASCII);
            assertThat(Emails.isPlainPersonal(new Utf8Text(bytes, 0, bytes.length))).as(address).isTrue();
        }
        for (String address : List.of("info@example.org", "ana@example.org", "a".repeat(249) + "@x.org", "a@b.c",
                "a@b", "a..b@x.org", "@x.org", "a@@x.org", "a@.x.org", "ana+webinar@example.org")) {
            byte[] bytes = address.getBytes(StandardCharsets.US_ASCII);
            assertThat(Emails.isPlainPersonal(new Utf8Text(bytes, 0, bytes.length))).as(address).isFalse();
        }
    }

    @Test
    void bytesAndTextCountAlike() {
        ExportRequest request = ExportRequest.of(List.of(1L), ExportDestination.MAILCHIMP);
        AddressChecks text = new AddressChecks(request);
        AddressChecks bytes = new AddressChecks(request);
        for (String address : List.of("ana@example.org", "info@example.org", "bad", "person.1@example.org", "zoë@x.org")) {
            assertThat(bytes.keep(Utf8Text.of(address))).as(address).isEqualTo(text.keep(address));
        }
        assertThat(List.of(bytes.invalid, bytes.role, bytes.excludedInvalid, bytes.excludedRole))
                .isEqualTo(List.of(text.invalid, text.role, text.excludedInvalid, text.excludedRole))
                .isEqualTo(List.of(1L, 1L, 1L, 1L));
    }
}
