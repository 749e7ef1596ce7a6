package org.podium.ui.registrants;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.podium.domain.RegistrationLine;
import org.podium.domain.RegistrationStatus;

class RegistrantListTest {
    private static RegistrantRow row(long id, String organisation, RegistrationStatus status) {
        return RegistrantRow.of(new RegistrationLine(id, "Person", String.valueOf(id), id + "@x.org", organisation, "",
                status, Instant.parse("2026-11-01T09:00:00Z").plusSeconds(100 - id), false, 0));
    }

    private static List<Long> ids(RegistrantList list) {
        return list.rows().stream().map(RegistrantRow::id).toList();
    }

    @Test
    void rowsThatTieKeepTheOrderAddedInEitherDirection() {
        RegistrantList list = new RegistrantList(List.of(row(3, "IOM", RegistrationStatus.REGISTERED),
                row(1, "Caritas", RegistrationStatus.REGISTERED), row(2, "IOM", RegistrationStatus.REGISTERED),
                row(4, "Caritas", RegistrationStatus.REGISTERED)), null);
        assertThat(ids(list)).containsExactly(1L, 2L, 3L, 4L);

        list.sort(new RegistrantSort(RegistrantSort.Column.ORGANISATION, true));
        assertThat(ids(list)).containsExactly(1L, 4L, 2L, 3L);
        list.sort(new RegistrantSort(RegistrantSort.Column.ORGANISATION, false));
        assertThat(ids(list)).containsExactly(2L, 3L, 1L, 4L);
        list.sort(new RegistrantSort(RegistrantSort.Column.REGISTERED_AT, true));
        assertThat(ids(list)).as("registered later the lower the id here").containsExactly(4L, 3L, 2L, 1L);
        list.sort(null);
        assertThat(ids(list)).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void aPutRowTakesItsSortedPlaceAndReplacesItsOldSelf() {
        RegistrantList list = new RegistrantList(List.of(row(1, "b", RegistrationStatus.REGISTERED),
                row(2, "d", RegistrationStatus.REGISTERED)), new RegistrantSort(RegistrantSort.Column.ORGANISATION, true));

        list.put(row(3, "c", RegistrationStatus.REGISTERED));
        list.put(row(1, "e", RegistrationStatus.REGISTERED));

        assertThat(ids(list)).containsExactly(3L, 2L, 1L);
        list.sort(null);
        assertThat(ids(list)).containsExactly(1L, 2L, 3L);
        assertThat(list.byId(1).orElseThrow().line().organisation()).isEqualTo("e");
    }

    @Test
    void newStatusesKeepPlacesUnlessTheListIsSortedByStatus() {
        RegistrantList list = new RegistrantList(List.of(row(1, "", RegistrationStatus.REGISTERED),
                row(2, "", RegistrationStatus.WAITLISTED)), null);
        list.setStatuses(Map.of(1L, RegistrationStatus.CANCELLED));
        assertThat(list.rows()).extracting(r -> r.line().status())
                .containsExactly(RegistrationStatus.CANCELLED, RegistrationStatus.WAITLISTED);

        list.sort(new RegistrantSort(RegistrantSort.Column.STATUS, true));
        assertThat(ids(list)).containsExactly(2L, 1L);
        list.setStatuses(Map.of(2L, RegistrationStatus.NO_SHOW));
        assertThat(ids(list)).containsExactly(1L, 2L);
        list.sort(null);
        assertThat(list.rows()).extracting(r -> r.line().status())
                .containsExactly(RegistrationStatus.CANCELLED, RegistrationStatus.NO_SHOW);
    }

    @Test
    void searchWordsAreFoldedAndMustAllMatchWithinTheFields() {
        RegistrantRow jose = RegistrantRow.of(new RegistrationLine(1, "José", "García", "JG@Example.org",
                "Ajuntament", "ES", RegistrationStatus.REGISTERED, Instant.EPOCH, false, 0));
        List<RegistrantRow> rows = List.of(jose);

        assertThat(RegistrantList.words("  JOSE   garcía ")).containsExactly("jose", "garcia");
        assertThat(RegistrantList.filter(rows, RegistrantList.words("jose garcia"), null)).containsExactly(jose);
        assertThat(RegistrantList.filter(rows, RegistrantList.words("jg@example"), null)).containsExactly(jose);
        assertThat(RegistrantList.filter(rows, RegistrantList.words("garciajg"), null))
                .as("a word must fall inside one field").isEmpty();
        assertThat(RegistrantList.filter(rows, RegistrantList.words(""), RegistrationStatus.CANCELLED)).isEmpty();
        assertThat(jose.name()).isEqualTo("José García");
    }
}
