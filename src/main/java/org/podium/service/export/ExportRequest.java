package org.podium.service.export;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.podium.domain.ExportDestination;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.RegistrationStatus;

/**
 * What to export: the registrants of these events, for this destination, with these statuses,
 * by default only those who agreed to further mailings and without role addresses.
 */
public record ExportRequest(List<Long> eventIds, ExportDestination destination, Set<RegistrationStatus> statuses,
                            boolean includeWithoutConsent, boolean includeRoleAddresses) {
    /** Everyone still taking part: every status but cancelled. */
    public static final Set<RegistrationStatus> ACTIVE = Set.copyOf(EnumSet.complementOf(EnumSet.of(RegistrationStatus.CANCELLED)));

    public ExportRequest {
        Objects.requireNonNull(destination, "destination");
        eventIds = List.copyOf(new LinkedHashSet<>(eventIds));
        statuses = Set.copyOf(statuses);
        if (eventIds.isEmpty()) {
            throw new InvalidFieldException("events", "invalid.export.noEvent");
        }
        if (statuses.isEmpty()) {
            throw new InvalidFieldException("status", "invalid.export.noStatus");
        }
    }

    /** The usual export: active registrants who agreed to hear more, no role addresses. */
    public static ExportRequest of(List<Long> eventIds, ExportDestination destination) {
        return new ExportRequest(eventIds, destination, ACTIVE, false, false);
    }

    public ExportRequest withStatuses(Set<RegistrationStatus> value) {
        return new ExportRequest(eventIds, destination, value, includeWithoutConsent, includeRoleAddresses);
    }

    public ExportRequest withoutConsentToo(boolean value) {
        return new ExportRequest(eventIds, destination, statuses, value, includeRoleAddresses);
    }

    public ExportRequest withRoleAddresses(boolean value) {
        return new ExportRequest(eventIds, destination, statuses, includeWithoutConsent, value);
    }
}
