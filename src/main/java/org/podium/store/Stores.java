package org.podium.store;

import java.time.Clock;

/**
 * The stores of one open book and the clock its work is dated by, built once when the book is
 * opened and handed whole to each service, so that no service lists the stores it uses one by
 * one. Every store is a thin view over {@code db}; sharing one of each costs nothing.
 */
public record Stores(BookDatabase db, Clock clock, SeriesStore series, OrganisationStore organisations,
                     PersonStore people, EventStore events, PanelStore panel, AgendaStore agenda,
                     BookSettingStore settings, RegistrationStore registrations,
                     RegistrationImportStore registrationImports, PrivacyStore privacy,
                     SuppressionStore suppressions) {

    /** Every store over {@code db}. */
    public static Stores over(BookDatabase db, Clock clock) {
        return new Stores(db, clock, new SeriesStore(db), new OrganisationStore(db), new PersonStore(db),
                new EventStore(db), new PanelStore(db), new AgendaStore(db), new BookSettingStore(db),
                new RegistrationStore(db), new RegistrationImportStore(db), new PrivacyStore(db),
                new SuppressionStore(db));
    }
}
