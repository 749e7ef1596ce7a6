package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountriesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Italy,IT", "Italia,IT", "it,IT", " IT ,IT", "United Kingdom,GB", "UK,GB", "Regno Unito,GB",
        "Grecia,GR", "Greece,GR", "Deutschland,DE", "Germania,DE", "Côte d’Ivoire,CI", "United States,US",
        "USA,US", "Türkiye,TR", "Polska,PL", "Belgium,BE", "Belgio,BE", "Kosovo,XK"})
    void namesInCommonLanguagesAndCodesBecomeTheIsoCode(String name, String code) {
        assertThat(Countries.code(name)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis", "", "ZZ", "Europe"})
    void anythingElseIsNotGuessed(String text) {
        assertThat(Countries.code(text)).isEmpty();
    }
}
