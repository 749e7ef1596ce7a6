package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailsTest {

    @Test
    void normaliseTrimsAndFoldsCaseSoTheSameAddressMatchesItself() {
        assertThat(Emails.normalise("  Ana.Rossi@Example.ORG \t")).isEqualTo("ana.rossi@example.org");
        assertThat(Emails.normalise("ana@x.org ")).isEqualTo(Emails.normalise("ANA@X.org"));
    }

    @Test
    void normaliseTurnsAnAbsentAddressIntoTheEmptyKey() {
        assertThat(Emails.normalise(null)).isEmpty();
        assertThat(Emails.normalise("   ")).isEmpty();
    }

    @Test
    void normaliseDoesNotDependOnTheDefaultLocale() {
        // Turkish dotless i: a locale-sensitive lower-casing would turn "I" into "ı".
        assertThat(Emails.normalise("INFO@IOM.INT")).isEqualTo("info@iom.int");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ana@x.org",
        "ana@x.org ",
        " Liam.Patuzzi@MPIEurope.org",
        "first.last+webinars@sub.example.co.uk",
        "o'neil@example.ie",
        "user_name-1@example-domain.eu"
    })
    void acceptsAddressesAMailingToolWouldTake(String address) {
        assertThat(Emails.isValid(address)).as(address).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "a@b",
        "a b@c.org",
        "ana@x b.org",
        "ana.x.org",
        "ana@@x.org",
        "@x.org",
        "ana@",
        "ana@x.o",
        "ana@x..org",
        "ana..rossi@x.org",
        "ana@x.org.",
        "\"ana\"@x.org",
        "ana@x,org.it",
        "<ana@x.org>",
        "ana@x.org; bob@y.org"
    })
    void refusesAddressesThatCannotBeMailed(String address) {
        assertThat(Emails.isValid(address)).as("[" + address + "]").isFalse();
    }

    @Test
    void refusesNullAndOverlongAddresses() {
        assertThat(Emails.isValid(null)).isFalse();
        String longLocal = "a".repeat(250);
        assertThat(Emails.isValid(longLocal + "@x.org")).isFalse();
    }
}
