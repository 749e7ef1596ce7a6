package org.podium.service.export;

/**
 * The checks of one export. Every registration of the chosen events is counted once:
 * {@code total} = excludedByStatus + excludedByConsent + excludedBySuppression + excludedInvalid
 * + excludedRole + duplicatesMerged + written. Invalid and role addresses are counted whether
 * or not they were left out ({@code invalidAddresses} ≥ {@code excludedInvalid}).
 */
public record ExportSummary(long total, long excludedByStatus, long excludedByConsent, long excludedBySuppression,
                            long invalidAddresses, long roleAddresses, long excludedInvalid, long excludedRole,
                            long duplicatesMerged, long written, long neutralisedCells) {
}
