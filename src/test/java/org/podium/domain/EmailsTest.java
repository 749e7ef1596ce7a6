package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
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

    @ParameterizedTest
    @ValueSource(strings = {"\uFEFF", "\u00A0", "\u200B", "\u2060", "\u00AD", "\u200D", "\u2028", "\u3000"})
    void anInvisibleCharacterOrUnicodeSpaceAroundAnAddressIsRemovedAndTheRawTextIsNotValid(String c) {
        String raw = c + "Ann@Example.org" + c;

        assertThat(Emails.clean(raw)).isEqualTo("Ann@Example.org");
        assertThat(Emails.normalise(raw)).isEqualTo("ann@example.org");
        assertThat(Emails.isValid(Emails.clean(raw))).isTrue();
        if (!Character.isWhitespace(c.charAt(0))) {
            // Java's own trim removes the others (U+2028, U+3000) before any check.
            assertThat(Emails.isValid(raw)).as("only a cleaned address is valid").isFalse();
        }
        assertThat(Emails.holdsInvisible(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFEFF", "\u200B", "\u2060", "\u00AD", "\u200C", "\uFE0F"})
    void aFormatCharacterInsideAnAddressIsRemoved(String c) {
        assertThat(Emails.normalise("an" + c + "n@exa" + c + "mple.org")).isEqualTo("ann@example.org");
    }

    @Test
    void aNoBreakSpaceInsideIsASpaceAndLeavesTheAddressInvalid() {
        assertThat(Emails.clean("ann\u00A0@example.org")).isEqualTo("ann @example.org");
        assertThat(Emails.isValid(Emails.clean("ann\u00A0@example.org"))).isFalse();
    }

    @Test
    void nfkcFoldsCompatibilityFormsSuchAsFullWidthLetters() {
        assertThat(Emails.normalise("\uFF41nn@example.org")).isEqualTo("ann@example.org");
        assertThat(Emails.normalise("zoe\u0308@x.org")).isEqualTo("zo\u00EB@x.org");
    }

    @Test
    void aControlCharacterIsKeptForTheCallerToRefuseAndIsNamedVisibly() {
        String clean = Emails.clean("ann\u0001@example.org");

        assertThat(Emails.hasControl(clean)).isTrue();
        assertThat(Emails.isValid(clean)).isFalse();
        assertThat(Emails.problem(clean).in(Locale.ENGLISH)).isEqualTo(
                "the address 'annU+0001@example.org' holds an invisible control character");
    }

    @Test
    void thePlainAddressIsOnlyTrimmed() {
        assertThat(Emails.clean("  Ana.Rossi@Example.ORG ")).isEqualTo("Ana.Rossi@Example.ORG");
        assertThat(Emails.holdsInvisible("Ana.Rossi@Example.ORG")).isFalse();
        assertThat(Emails.problem("ana@").in(Locale.ENGLISH)).isEqualTo("'ana@' is not an email address");
    }

    /** The shape {@link Emails#hasAddressShape} checks in one pass, as the regular expression it replaced. */
    private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile(
            "^[^\\s@\"(),:;<>\\[\\\\\\]]+@[^\\s@\"(),:;<>\\[\\\\\\]]+\\.[^\\s@\"(),:;<>\\[\\\\\\].]{2,}$");

    @Test
    void theOnePassShapeCheckAgreesWithTheRegularExpressionOnEveryText() {
        String[] pieces = {"a", "Z", "9", ".", "..", "@", " ", "\t", "\n", "\u000B", "\f", "\r", "\"", "(", ")", ",",
            ":", ";", "<", ">", "[", "]", "\\", "-", "_", "+", "'", "\u00e9", "\u0416", "\u2028", "\u0085",
            "\u00a0", "\ud83d\ude00", "\ud83d", "org", "x", "@x.org", "a@b.c", "\u0000"};
        java.util.Random random = new java.util.Random(23);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertThat(Emails.hasAddressShape(s)).as("[" + s + "]").isEqualTo(SHAPE.matcher(s).matches());
        }
    }
}
