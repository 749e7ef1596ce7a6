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

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "eea.iom.int/events/x, https://eea.iom.int/events/x",
        "www.example.org, https://www.example.org",
        "example.org:8443/join?id=1, https://example.org:8443/join?id=1",
        "'  città.it/eventi ', https://città.it/eventi",
        "http://example.org/x, http://example.org/x",
        "https://example.org, https://example.org",
        "mailto:events@example.org, mailto:events@example.org",
        "register here, register here",
        "localhost/x, localhost/x",
        "'', ''",
    })
    void aSiteTypedWithoutSchemeIsCompletedToHttps(String typed, String stored) {
        assertThat(Links.completed(typed)).isEqualTo(stored);
        assertThat(Links.isWebAddress(Links.completed("eea.iom.int/events/x"))).isTrue();
    }

    @org.junit.jupiter.api.Test
    void anEventAndASeriesStoreTheCompletedLink() {
        Event e = Event.builder("T", java.time.LocalDateTime.of(2026, 5, 28, 10, 0),
                java.time.ZoneId.of("Europe/Rome"), 60).registrationUrl("eea.iom.int/events/x")
                .recordingUrl("www.youtube.com/watch?v=1").build();
        assertThat(e.registrationUrl()).isEqualTo("https://eea.iom.int/events/x");
        assertThat(e.recordingUrl()).isEqualTo("https://www.youtube.com/watch?v=1");
        assertThat(new Series(0, "S", "", "", "admin4all.eu").webPage()).isEqualTo("https://admin4all.eu");
    }
}
