package org.podium.exchange.ics;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.podium.domain.Event;
import org.podium.domain.EventKind;
import org.podium.domain.EventStatus;
import org.podium.domain.InvalidFieldException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How an event's fields become the words of its calendar entry. */
class IcsEventTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private static Event.Builder event() {
        return Event.builder("Social Innovation for Migrant Integration", LocalDateTime.of(2020, 9, 24, 10, 0), ROME, 75)
                .uid("social@sample.podium");
    }

    @Test
    void aFullEventGathersTitlesDescriptionLinksAndPlatform() {
        Event e = event().subtitle("Lessons for cities under pandemic")
                .secondTitle("Innovazione Sociale per l’Integrazione dei Migranti")
                .description("Many EU cities have experimented.\n\nThe study is part of ADMin4ALL.")
                .registrationUrl("https://example.org/register").accessUrl("https://webex.example/join")
                .platform("WebEx").icsSequence(4).build();
        IcsEvent ics = IcsEvent.of(e, "IOM RO", "");

        assertThat(ics.uid()).isEqualTo("social@sample.podium");
        assertThat(ics.sequence()).isEqualTo(4);
        assertThat(ics.summary()).isEqualTo("Social Innovation for Migrant Integration — Lessons for cities under pandemic");
        assertThat(ics.description()).isEqualTo("""
                Lessons for cities under pandemic
                Innovazione Sociale per l’Integrazione dei Migranti

                Many EU cities have experimented.

                The study is part of ADMin4ALL.

                Register: https://example.org/register
                Join: https://webex.example/join
                Platform: WebEx""");
        assertThat(ics.url()).isEqualTo("https://example.org/register");
        assertThat(ics.location()).isEqualTo("WebEx (online)");
        assertThat(ics.zone()).isEqualTo(ROME);
        assertThat(ics.start()).isEqualTo(LocalDateTime.of(2020, 9, 24, 10, 0));
        assertThat(ics.end()).isEqualTo(LocalDateTime.of(2020, 9, 24, 11, 15));
        assertThat(ics.organiserName()).isEqualTo("IOM RO");
        assertThat(ics.organiserEmail()).isEqualTo(IcsEvent.NO_REPLY);
        assertThat(ics.attendees()).isEmpty();
    }

    @Test
    void aBareEventIsOnlineWithNoLinks() {
        IcsEvent ics = IcsEvent.of(event().build(), "", "");
        assertThat(ics.summary()).isEqualTo("Social Innovation for Migrant Integration");
        assertThat(ics.description()).isEmpty();
        assertThat(ics.url()).isEmpty();
        assertThat(ics.location()).isEqualTo("Online");
        assertThat(ics.organiserName()).isEqualTo("Podium");
    }

    @Test
    void theAccessLinkIsTheUrlWhenThereIsNoRegistration() {
        IcsEvent ics = IcsEvent.of(event().accessUrl("https://webex.example/join").build(), "", "");
        assertThat(ics.url()).isEqualTo("https://webex.example/join");
        assertThat(ics.description()).isEqualTo("Join: https://webex.example/join");
    }

    @Test
    void anInPersonEventWithoutPlatformHasNoLocation() {
        assertThat(IcsEvent.of(event().kind(EventKind.IN_PERSON).build(), "", "").location()).isEmpty();
        assertThat(IcsEvent.of(event().kind(EventKind.HYBRID).platform("Zoom").build(), "", "").location())
                .isEqualTo("Zoom (online)");
    }

    @Test
    void statusFollowsTheEvent() {
        assertThat(IcsEvent.of(event().status(EventStatus.DRAFT).build(), "", "").status())
                .isEqualTo(IcsEvent.Status.TENTATIVE);
        assertThat(IcsEvent.of(event().status(EventStatus.SCHEDULED).build(), "", "").status())
                .isEqualTo(IcsEvent.Status.CONFIRMED);
        assertThat(IcsEvent.of(event().status(EventStatus.CONCLUDED).build(), "", "").status())
                .isEqualTo(IcsEvent.Status.CONFIRMED);
        assertThat(IcsEvent.of(event().status(EventStatus.CANCELLED).build(), "", "").status())
                .isEqualTo(IcsEvent.Status.CANCELLED);
    }

    @Test
    void theEndIsTheRealEndAcrossAClockChange() {
        // 25 Oct 2026: Rome's clocks go back at 03:00, so two hours from 01:30 end at 02:30.
        Event night = Event.builder("Night", LocalDateTime.of(2026, 10, 25, 1, 30), ROME, 120).uid("n@x").build();
        assertThat(IcsEvent.of(night, "", "").end()).isEqualTo(LocalDateTime.of(2026, 10, 25, 2, 30));
    }

    @Test
    void anExtraParagraphEndsTheDescription() {
        IcsEvent ics = IcsEvent.of(event().platform("WebEx").build(), "", "")
                .withExtraParagraph("You speak at 10:25 (presenter).");
        assertThat(ics.description()).isEqualTo("Platform: WebEx\n\nYou speak at 10:25 (presenter).");
        assertThat(ics.withExtraParagraph("  ")).isSameAs(ics);
    }

    @Test
    void textLosesControlCharactersAndKeepsLineBreaksAsLf() {
        assertThat(IcsEvent.text("a\r\nb\rc\u0007d\te")).isEqualTo("a\nb\nc" + "d\te");
        IcsEvent ics = IcsEvent.of(event().build(), "IOM\nRome", " ");
        assertThat(ics.organiserName()).isEqualTo("IOM Rome");
    }

    @Test
    void anEventWithoutUidCannotBeWritten() {
        Event unsaved = Event.builder("T", LocalDateTime.of(2026, 1, 1, 10, 0), ROME, 60).build();
        assertThatThrownBy(() -> IcsEvent.of(unsaved, "", "")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("uid");
    }

    @Test
    void attendeesNeedAnAddress() {
        assertThatThrownBy(() -> new IcsEvent.Attendee("Liam", " ")).isInstanceOf(InvalidFieldException.class);
        assertThat(IcsEvent.of(event().build(), "", "").withAttendees(List.of(new IcsEvent.Attendee(null, "a@b.org")))
                .attendees()).containsExactly(new IcsEvent.Attendee("", "a@b.org"));
    }
}
