package org.podium.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCodesTest {
    @Test
    void twoLetterIsoCodesAreAcceptedInEitherCaseAndStoredUpperCase() {
        assertThat(CountryCodes.isValid("IT")).isTrue();
        assertThat(CountryCodes.isValid(" de ")).isTrue();
        assertThat(CountryCodes.normalise(" de ")).isEqualTo("DE");
        assertThat(CountryCodes.isValid("")).as("no country is allowed").isTrue();
        assertThat(CountryCodes.isValid(null)).isTrue();
    }

    @Test
    void namesThreeLetterCodesAndUnassignedCodesAreRefused() {
        assertThat(CountryCodes.isValid("Italy")).isFalse();
        assertThat(CountryCodes.isValid("ITA")).isFalse();
        assertThat(CountryCodes.isValid("XX")).isFalse();
        assertThat(CountryCodes.isValid("UK")).as("ISO says GB").isFalse();
    }
}
