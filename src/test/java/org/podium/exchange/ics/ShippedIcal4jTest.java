package org.podium.exchange.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.zone.ZoneRulesProvider;
import org.junit.jupiter.api.Test;

/**
 * The tests run on ical4j as Podium ships it (the pom's filter-ical4j): without the java.time
 * zone provider that would cost every start its loading, so the calendar tests beside this one
 * prove that calendars are written without it.
 */
class ShippedIcal4jTest {
    @Test
    void noJarOnTheClassPathRegistersAZoneProvider() {
        assertThat(getClass().getClassLoader().getResource("META-INF/services/java.time.zone.ZoneRulesProvider"))
                .isNull();
        assertThat(ZoneRulesProvider.getAvailableZoneIds()).contains("Europe/Rome", "America/New_York");
    }
}
