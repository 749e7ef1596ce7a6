package org.podium.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClashesTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static Event event(long id, String title, int hour, int minute, int minutes) {
        return Event.builder(title, LocalDateTime.of(2026, 6, 4, hour, minute), ROME, minutes).id(id).build();
    }

    /** The candidate of most tests: 10:00 to 11:00 in Rome. */
    private final Event candidate = event(1, "Candidate", 10, 0, 60);

    @Test
    void anEventStartingBeforeTheCandidateEndsClashes() {
        Event overlapsEnd = event(2, "Overlaps the end", 10, 30, 60);
        Event overlapsStart = event(3, "Overlaps the start", 9, 30, 60);
        Event inside = event(4, "Inside", 10, 15, 15);
        Event around = event(5, "Around", 9, 0, 180);

        assertThat(Clashes.overlapping(candidate, List.of(overlapsEnd, overlapsStart, inside, around)))
                .containsExactly(overlapsEnd, overlapsStart, inside, around);
    }

    @Test
    void backToBackEventsDoNotClash() {
        Event before = event(2, "Ends at ten", 9, 0, 60);
        Event after = event(3, "Starts at eleven", 11, 0, 30);
        Event oneMinuteIn = event(4, "Starts at 10:59", 10, 59, 30);

        assertThat(Clashes.overlapping(candidate, List.of(before, after, oneMinuteIn))).containsExactly(oneMinuteIn);
    }

    @Test
    void aCancelledEventTakesNoTime() {
        Event cancelled = event(2, "Called off", 10, 0, 60).toBuilder().status(EventStatus.CANCELLED).build();
        Event draft = event(3, "Pencilled in", 10, 0, 60).toBuilder().status(EventStatus.DRAFT).build();

        assertThat(Clashes.overlapping(candidate, List.of(cancelled, draft))).containsExactly(draft);
    }

    @Test
    void theCandidateDoesNotClashWithItsStoredSelf() {
        Event storedSelf = event(1, "Candidate as stored, an hour earlier", 9, 30, 60);

        assertThat(Clashes.overlapping(candidate, List.of(storedSelf))).isEmpty();
    }

    @Test
    void aNewDraftWithoutAnIdIsComparedWithEverything() {
        Event draft = event(0, "Not stored yet", 10, 0, 60);
        Event alsoUnsaved = event(0, "Another unsaved one", 10, 30, 30);

        assertThat(Clashes.overlapping(draft, List.of(candidate, alsoUnsaved))).containsExactly(candidate, alsoUnsaved);
    }

    @Test
    void eventsAreComparedAsMomentsWhateverTheirZones() {
        // 10:00 in Rome is 09:00 in London in June.
        Event londonSameMoment = Event.builder("London", LocalDateTime.of(2026, 6, 4, 9, 30), LONDON, 30).id(2).build();
        Event londonAfter = Event.builder("London later", LocalDateTime.of(2026, 6, 4, 10, 0), LONDON, 30).id(3).build();

        assertThat(Clashes.overlapping(candidate, List.of(londonSameMoment, londonAfter)))
                .containsExactly(londonSameMoment);
    }

    @Test
    void aSpeakerSeatedOnTwoEventsAtOnceClashes() {
        Event sameTime = event(2, "Same time", 10, 30, 60);
        Event afterwards = event(3, "Afterwards", 11, 0, 60);
        Event cancelled = event(4, "Cancelled", 10, 0, 60).toBuilder().status(EventStatus.CANCELLED).build();
        Event elsewhere = event(5, "Someone else's", 10, 0, 60);
        Set<Long> seated = new LinkedHashSet<>(List.of(20L, 10L, 30L));
        Map<Long, List<Event>> eventsByPerson = Map.of(
                10L, List.of(candidate, sameTime, afterwards, cancelled),
                20L, List.of(candidate, afterwards),
                40L, List.of(elsewhere));

        List<Clashes.SpeakerClash> clashes = Clashes.speakers(candidate, seated, eventsByPerson);

        assertThat(clashes).containsExactly(new Clashes.SpeakerClash(10L, sameTime));
    }

    @Test
    void speakersKeepTheOrderTheyAreGivenIn() {
        Event a = event(2, "A", 10, 0, 30);
        Event b = event(3, "B", 10, 30, 30);
        Set<Long> seated = new LinkedHashSet<>(List.of(7L, 3L));

        assertThat(Clashes.speakers(candidate, seated, Map.of(3L, List.of(a), 7L, List.of(a, b))))
                .containsExactly(new Clashes.SpeakerClash(7L, a), new Clashes.SpeakerClash(7L, b),
                        new Clashes.SpeakerClash(3L, a));
    }

    @Test
    void noSpeakersNoClashes() {
        assertThat(Clashes.speakers(candidate, Set.of(), Map.of(1L, List.of(event(2, "X", 10, 0, 60))))).isEmpty();
    }
}
