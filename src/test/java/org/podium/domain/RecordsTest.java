package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules the smaller records enforce whoever builds them: form, import or command. */
class RecordsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @Test
    void aPersonNeedsAFirstOrALastName() {
        assertThatThrownBy(() -> Person.named("  ", null))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThat(Person.named("Liam", "").fullName()).isEqualTo("Liam");
        assertThat(Person.named("", "Patuzzi").fullName()).isEqualTo("Patuzzi");
        assertThat(Person.named(" Liam ", " Patuzzi ").fullName()).isEqualTo("Liam Patuzzi");
    }

    @Test
    void anAgendaItemNeedsATitleAndPositiveMinutes() {
        assertThatThrownBy(() -> new AgendaItem(0, 1, 0, " ", 10, List.of(), ""))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> new AgendaItem(0, 1, 0, "Q&A", 0, List.of(), ""))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("minutes"));
        assertThat(new AgendaItem(0, 1, 0, "Q&A", 10, null, null).speakerIds()).isEmpty();
    }

    @Test
    void aRegistrationNeedsAnEmailAndIsKeyedByItsNormalisedForm() {
        assertThatThrownBy(() -> Registration.of(1, "  ", "Ana", "Rossi", NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("email"));

        Registration r = Registration.of(1, " Ana.Rossi@Example.ORG ", "Ana", "Rossi", NOW);

        assertThat(r.email()).isEqualTo("Ana.Rossi@Example.ORG");
        assertThat(r.emailKey()).isEqualTo("ana.rossi@example.org");
        assertThat(r.status()).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(r.source()).isEqualTo(RegistrationSource.MANUAL);
        assertThat(r.customAnswers()).isEmpty();
    }

    @Test
    void minutesAttendedCannotBeNegative() {
        assertThatThrownBy(() -> new Registration(0, 1, "ana@x.org", "", "", "", "", "", "", "", NOW,
                null, RegistrationStatus.ATTENDED, -5, false, null, "", Map.of(), ""))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.field()).isEqualTo("minutesAttended"));
    }

    @Test
    void aSuppressionIsKeptUnderTheNormalisedAddress() {
        assertThat(new Suppression("  Ana@X.org ", "unsubscribed", NOW).email()).isEqualTo("ana@x.org");
        assertThatThrownBy(() -> new Suppression(" ", "erased", NOW))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void seriesAndOrganisationsNeedAName() {
        assertThatThrownBy(() -> new Series(0, "", "", "", ""))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> new Organisation(0, " ", "MPIE", OrganisationKind.PARTNER, "", ""))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void anOrganisationShowsItsShortNameWhenItHasOne() {
        assertThat(new Organisation(0, "Migration Policy Institute Europe", "MPIE", OrganisationKind.PARTNER,
                "Brussels", "BE").displayName()).isEqualTo("MPIE");
        assertThat(new Organisation(0, "Startup Migrants", "", null, "", "").displayName())
                .isEqualTo("Startup Migrants");
        assertThat(new Organisation(0, "Startup Migrants", "", null, "", "").kind())
                .isEqualTo(OrganisationKind.OTHER);
    }

    @Test
    void theGoalsAreNumberedOneToSeventeen() {
        assertThat(Sdg.ofNumber(1)).contains(Sdg.NO_POVERTY);
        assertThat(Sdg.ofNumber(10)).contains(Sdg.REDUCED_INEQUALITIES);
        assertThat(Sdg.ofNumber(17)).contains(Sdg.PARTNERSHIPS);
        assertThat(Sdg.ofNumber(0)).isEmpty();
        assertThat(Sdg.ofNumber(18)).isEmpty();
        assertThat(Sdg.SUSTAINABLE_CITIES.number()).isEqualTo(11);
    }

    @Test
    void aPanelSeatStartsAsAnInvitation() {
        PanelSeat seat = new PanelSeat(0, 1, 2, SeatRole.PANELLIST, null, 0, false, false);

        assertThat(seat.state()).isEqualTo(SeatState.INVITED);
        assertThatThrownBy(() -> new PanelSeat(0, 1, 2, null, SeatState.CONFIRMED, 0, false, false))
                .isInstanceOf(NullPointerException.class);
    }
}
