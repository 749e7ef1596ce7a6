package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EventTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final LocalDateTime MAY_28_10_00 = LocalDateTime.of(2020, 5, 28, 10, 0);

    private static Event.Builder webinar() {
        return Event.builder("European Cities on the Front Line", MAY_28_10_00, ROME, 60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void aBlankTitleIsRefusedNamingTheTitle(String title) {
        assertThatThrownBy(() -> webinar().title(title).build())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @Test
    void aMissingTitleIsRefusedNamingTheTitle() {
        assertThatThrownBy(() -> webinar().title(null).build())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("title"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, -60})
    void aDurationOfZeroOrLessIsRefusedNamingTheMinutes(int minutes) {
        assertThatThrownBy(() -> webinar().minutes(minutes).build())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("minutes"));
    }

    @Test
    void aNegativeCapacityIsRefusedNamingTheCapacity() {
        assertThatThrownBy(() -> webinar().capacity(-1).build())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("capacity"));
    }

    @Test
    void noCapacityAndZeroCapacityAreBothAllowedAndDistinct() {
        assertThat(webinar().capacity(null).build().capacity()).isNull();
        assertThat(webinar().capacity(0).build().capacity()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 18, -3})
    void aGoalOutsideOneToSeventeenIsRefusedNamingTheGoals(int sdg) {
        assertThatThrownBy(() -> webinar().sdgs(Set.of(10, sdg)).build())
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.field()).isEqualTo("sdgs");
                    assertThat(e.getMessage()).contains(String.valueOf(sdg));
                });
    }

    @Test
    void goalsAreKeptInNumberOrderAndCannotBeChangedAfterwards() {
        Event event = webinar().sdgs(Set.of(17, 1, 10)).build();

        assertThat(event.sdgs()).containsExactly(1, 10, 17);
        assertThatThrownBy(() -> event.sdgs().add(5)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void organisersAreCopiedSoTheCallerCannotChangeTheEvent() {
        List<Organiser> organisers = new ArrayList<>(List.of(new Organiser(1, OrganiserRole.ORGANISER)));
        Event event = webinar().organisers(organisers).build();

        organisers.add(new Organiser(2, OrganiserRole.FUNDER));

        assertThat(event.organisers()).containsExactly(new Organiser(1, OrganiserRole.ORGANISER));
    }

    @Test
    void freeTextIsTrimmedAndDefaultsAreThoseOfANewWebinar() {
        Event event = Event.builder("  Social Innovation  ", MAY_28_10_00, ROME, 75)
                .subtitle("  Lessons for cities ").platform(" WebEx ").subtitle(null).build();

        assertThat(event.title()).isEqualTo("Social Innovation");
        assertThat(event.platform()).isEqualTo("WebEx");
        assertThat(event.subtitle()).isEmpty();
        assertThat(event.uid()).isEmpty();
        assertThat(event.kind()).isEqualTo(EventKind.WEBINAR);
        assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
        assertThat(event.isPublic()).isTrue();
        assertThat(event.recorded()).isFalse();
        assertThat(event.capacity()).isNull();
        assertThat(event.organisers()).isEmpty();
        assertThat(event.sdgs()).isEmpty();
    }

    @Test
    void toBuilderRebuildsAnEqualEvent() {
        Event event = webinar().id(7).uid("x@podium").subtitle("Sub").secondTitle("Titolo")
                .kind(EventKind.HYBRID).seriesId(3L).status(EventStatus.DRAFT).platform("Zoom")
                .registrationUrl("https://r").accessUrl("https://a").recordingUrl("https://v")
                .reportUrl("https://p").capacity(100).isPublic(false).recorded(true).description("D")
                .organisers(List.of(new Organiser(4, OrganiserRole.PARTNER))).sdgs(Set.of(5))
                .icsSequence(2).build();

        assertThat(event.toBuilder().build()).isEqualTo(event);
    }

    @Test
    void theStartIsReadInTheEventsZone() {
        Event event = webinar().build();

        assertThat(event.startInZone().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(event.startInstant()).isEqualTo(Instant.parse("2020-05-28T08:00:00Z"));
        assertThat(event.endInstant()).isEqualTo(Instant.parse("2020-05-28T09:00:00Z"));
        assertThat(event.endInZone().toLocalDateTime()).isEqualTo(LocalDateTime.of(2020, 5, 28, 11, 0));
    }

    @Test
    void anAmbiguousStartIsTheEarlierOfTheTwoAndTheEndCountsElapsedMinutes() {
        Event event = Event.builder("Night owls", LocalDateTime.of(2026, 10, 25, 2, 30), ROME, 60).build();

        assertThat(event.startInZone().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(event.startInstant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(event.endInZone().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 10, 25, 2, 30));
        assertThat(event.endInZone().getOffset()).isEqualTo(ZoneOffset.ofHours(1));
    }

    @Test
    void aScheduledEventWhoseEndHasPassedShowsAsConcluded() {
        Event event = webinar().status(EventStatus.SCHEDULED).build();

        assertThat(event.effectiveStatus(Instant.parse("2026-11-23T12:00:00Z"))).isEqualTo(EventStatus.CONCLUDED);
        assertThat(event.effectiveStatus(Instant.parse("2020-05-28T09:00:00Z")))
                .as("at the very minute it ends").isEqualTo(EventStatus.CONCLUDED);
    }

    @Test
    void aScheduledEventStillRunningOrAheadShowsAsScheduled() {
        Event event = webinar().status(EventStatus.SCHEDULED).build();

        assertThat(event.effectiveStatus(Instant.parse("2020-05-28T08:59:00Z"))).isEqualTo(EventStatus.SCHEDULED);
        assertThat(event.effectiveStatus(Instant.parse("2020-01-01T00:00:00Z"))).isEqualTo(EventStatus.SCHEDULED);
    }

    @Test
    void draftsAndCancellationsStayAsRecordedAfterTheirTime() {
        Instant muchLater = Instant.parse("2026-11-23T12:00:00Z");

        assertThat(webinar().status(EventStatus.DRAFT).build().effectiveStatus(muchLater))
                .isEqualTo(EventStatus.DRAFT);
        assertThat(webinar().status(EventStatus.CANCELLED).build().effectiveStatus(muchLater))
                .isEqualTo(EventStatus.CANCELLED);
    }

    @Test
    void anEventRecordedAsConcludedStaysConcluded() {
        Event event = webinar().status(EventStatus.CONCLUDED).build();

        assertThat(event.effectiveStatus(Instant.parse("2020-01-01T00:00:00Z"))).isEqualTo(EventStatus.CONCLUDED);
    }
}
