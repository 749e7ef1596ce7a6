package org.podium.service.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.podium.domain.Registration;
import org.podium.exchange.csv.ExportProfile;
import org.podium.store.RegistrationExportStore;

/**
 * The rows an export keeps, rendered and counted: a person whose address the destination
 * leaves out is only counted, everyone else is written with formulas neutralised.
 */
final class KeptRows {
    final AddressChecks checks;
    private final ExportProfile profile;
    private final ExportRun.Rows rows;
    private final String[] cells;
    private long written;
    private long neutralised;

    KeptRows(ExportRequest request, ExportProfile profile, ExportRun.Rows rows) {
        this.checks = new AddressChecks(request);
        this.profile = profile;
        this.rows = rows;
        this.cells = new String[profile.width()];
    }

    /** Writes the person's row, as the registration that speaks for them and their tags fill it, if kept. */
    void write(Registration representative, List<String> tags) {
        if (!checks.keep(representative.email())) {
            return;
        }
        neutralised += profile.render(representative, tags, cells);
        try {
            rows.write(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        written++;
    }

    /** Counts a row written some other way, with how many of its cells were neutralised. */
    void wrote(int neutralisedCells) {
        written++;
        neutralised += neutralisedCells;
    }

    /** Adds another part's counts to these. */
    void add(KeptRows other) {
        checks.add(other.checks);
        written += other.written;
        neutralised += other.neutralised;
    }

    /** The checks of the whole export, with how the store left rows out. */
    ExportSummary summary(RegistrationExportStore.Tally tally, long duplicates) {
        return new ExportSummary(tally.total(), tally.byStatus(), tally.byConsent(), tally.bySuppression(),
                checks.invalid, checks.role, checks.excludedInvalid, checks.excludedRole, duplicates, written,
                neutralised);
    }
}
