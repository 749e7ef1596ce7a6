package org.podium.service.registrants;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.podium.domain.RegistrationStatus;

/**
 * An event's registrations at a glance: the running total per day in the event's zone (every
 * day from the first registration to the last), the status breakdown and the top countries.
 */
public record RegistrationCharts(List<DayTotal> cumulative, Map<RegistrationStatus, Long> byStatus,
                                 List<CountryCount> topCountries) {
    public RegistrationCharts {
        cumulative = List.copyOf(cumulative);
        byStatus = Map.copyOf(byStatus);
        topCountries = List.copyOf(topCountries);
    }

    /** The number of registrations received up to and including {@code day}. */
    public record DayTotal(LocalDate day, long total) {
    }

    /** An ISO 3166 country code and how many registrants give it. */
    public record CountryCount(String country, long count) {
    }
}
