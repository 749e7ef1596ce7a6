package org.podium.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WaitlistTest {
    @Test
    void newRegistrationsWaitOnlyOnceEverySeatIsTaken() {
        assertThat(Waitlist.statusForNew(99, 100)).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(Waitlist.statusForNew(100, 100)).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(Waitlist.statusForNew(0, 0)).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(Waitlist.statusForNew(5000, null)).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void promotionFillsOnlyTheFreeSeats() {
        assertThat(Waitlist.seatsFree(98, 100, 10)).isEqualTo(2);
        assertThat(Waitlist.seatsFree(98, 100, 1)).isEqualTo(1);
        assertThat(Waitlist.seatsFree(120, 100, 10)).as("over capacity after a cut").isZero();
        assertThat(Waitlist.seatsFree(120, null, 10)).isEqualTo(10);
    }

    @Test
    void cancelledAndWaitlistedRegistrantsHoldNoSeat() {
        assertThat(Waitlist.HOLDS_A_SEAT).doesNotContain(RegistrationStatus.CANCELLED, RegistrationStatus.WAITLISTED);
    }
}
