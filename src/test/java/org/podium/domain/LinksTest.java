package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LinksTest {
    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anAbsentLinkIsAllowed(String link) {
        assertThat(Links.isWebAddress(link)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://www.iom.int/events/webinar",
        "http://example.org",
        "HTTPS://EXAMPLE.ORG/Register?id=42&lang=it#form",
        "https://meet.example.webex.com:443/j.php?MTID=m1",
        "  https://example.org/padded  ",
        "https://città.it/eventi",
        "https://my_host.example.org/",
        "http://[2001:db8::1]/",
    })
    void absoluteWebAddressesAreAccepted(String link) {
        assertThat(Links.isWebAddress(link)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "www.example.org",
        "example.org/register",
        "ftp://files.example.org/report.pdf",
        "mailto:events@example.org",
        "javascript:alert(1)",
        "https://",
        "https:///path-without-host",
        "http://:8080/",
        "https:example.org",
        "//example.org/no-scheme",
        "https://example.org/a link with spaces",
        "file:///home/me/report.pdf",
    })
    void anythingElseIsRefused(String link) {
        assertThat(Links.isWebAddress(link)).isFalse();
    }
}
