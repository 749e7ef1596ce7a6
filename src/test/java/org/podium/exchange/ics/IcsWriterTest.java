package org.podium.exchange.ics;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The writer alone: what a calendar reads back from the file, field by field. */
class IcsWriterTest {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final Instant NOW = Instant.parse("2026-11-23T12:00:00.345Z");
    static final String TRICKY = "Gdańsk, Θεσσαλονίκη; Müller\nsecond line \\ with a backslash";

    private final IcsWriter writer = new IcsWriter(Clock.fixed(NOW, ZoneOffset.UTC));

    static IcsEvent webinar(int sequence) {
        return new IcsEvent("cities-2020@sample.podium", sequence, "European Cities on the Front Line",
                "Advancing migrant inclusion\n\nRegister: https://example.org/register\nPlatform: WebEx",
                "WebEx (online)", "https://example.org/register?id=7&lang=en", ROME,
                LocalDateTime.of(2020, 5, 28, 10, 0), LocalDateTime.of(2020, 5, 28, 11, 0),
                "IOM Regional Office for the EEA, the EU and NATO", "", IcsEvent.Status.CONFIRMED, List.of());
    }

    private Ics written(IcsEvent event) {
        return Ics.parse(writer.text(event));
    }

    @Test
    void theCalendarAnnouncesPodiumAndPublishes() {
        Ics ics = written(webinar(0));
        assertThat(ics.calendarValue("PRODID")).isEqualTo("-//Podium//Podium 0.1//EN");
        assertThat(ics.calendarValue("VERSION")).isEqualTo("2.0");
        assertThat(ics.calendarValue("CALSCALE")).isEqualTo("GREGORIAN");
        assertThat(ics.calendarValue("METHOD")).isEqualTo("PUBLISH");
    }

    @Test
    void theZoneTravelsWithTheFileAndTheTimesStayLocal() {
        Ics ics = written(webinar(0));
        assertThat(ics.timeZones()).hasSize(1);
        VTimeZone zone = ics.timeZones().get(0);
        assertThat(zone.getTimeZoneId().getValue()).isEqualTo("Europe/Rome");
        assertThat(zone.getObservances()).isNotEmpty();

        assertThat(ics.parameter("DTSTART", "TZID")).isEqualTo("Europe/Rome");
        assertThat(ics.parameter("DTEND", "TZID")).isEqualTo("Europe/Rome");
        assertThat(ics.value("DTSTART")).isEqualTo("20200528T100000");
        assertThat(ics.value("DTEND")).isEqualTo("20200528T110000");
        assertThat(ics.unfoldedLines()).contains("DTSTART;TZID=Europe/Rome:20200528T100000",
                "DTEND;TZID=Europe/Rome:20200528T110000");
    }

    @Test
    void identityStampAndSequence() {
        Ics first = written(webinar(0));
        Ics moved = written(webinar(1));
        assertThat(first.value("UID")).isEqualTo("cities-2020@sample.podium").isEqualTo(moved.value("UID"));
        assertThat(first.value("SEQUENCE")).isEqualTo("0");
        assertThat(moved.value("SEQUENCE")).isEqualTo("1");
        // DTSTAMP is the injected clock's moment in UTC, to the second.
        assertThat(first.value("DTSTAMP")).isEqualTo("20261123T120000Z");
    }

    @Test
    void textFieldsOrganiserAndStatus() {
        Ics ics = written(webinar(0));
        assertThat(ics.value("SUMMARY")).isEqualTo("European Cities on the Front Line");
        assertThat(ics.value("DESCRIPTION"))
                .isEqualTo("Advancing migrant inclusion\n\nRegister: https://example.org/register\nPlatform: WebEx");
        assertThat(ics.value("URL")).isEqualTo("https://example.org/register?id=7&lang=en");
        assertThat(ics.value("LOCATION")).isEqualTo("WebEx (online)");
        assertThat(ics.value("ORGANIZER")).isEqualTo("mailto:noreply@podium.invalid");
        assertThat(ics.parameter("ORGANIZER", "CN")).isEqualTo("IOM Regional Office for the EEA, the EU and NATO");
        assertThat(ics.value("STATUS")).isEqualTo("CONFIRMED");
        assertThat(ics.event().getProperties("ATTENDEE")).isEmpty();
    }

    @Test
    void aCallersAddressAndNoOrganisation() {
        IcsEvent e = webinar(0);
        Ics ics = written(new IcsEvent(e.uid(), 0, e.summary(), "", "", "", ROME, e.start(), e.end(),
                "", "events@example.org", IcsEvent.Status.TENTATIVE, List.of()));
        assertThat(ics.value("ORGANIZER")).isEqualTo("mailto:events@example.org");
        assertThat(ics.parameter("ORGANIZER", "CN")).isEqualTo("Podium");
        assertThat(ics.value("STATUS")).isEqualTo("TENTATIVE");
        assertThat(ics.value("DESCRIPTION")).isNull();
        assertThat(ics.value("LOCATION")).isNull();
        assertThat(ics.value("URL")).isNull();
    }

    @Test
    void aCancelledEventSaysSo() {
        IcsEvent e = webinar(2);
        Ics ics = written(new IcsEvent(e.uid(), 2, e.summary(), e.description(), e.location(), e.url(), ROME,
                e.start(), e.end(), e.organiserName(), "", IcsEvent.Status.CANCELLED, List.of()));
        assertThat(ics.value("STATUS")).isEqualTo("CANCELLED");
        assertThat(ics.value("SEQUENCE")).isEqualTo("2");
    }

    @Test
    void aReminderFifteenMinutesBefore() {
        Ics ics = written(webinar(0));
        assertThat(ics.alarm().getProperty("ACTION").map(Property::getValue)).contains("DISPLAY");
        Trigger trigger = ics.alarm().<Trigger>getProperty("TRIGGER").orElseThrow();
        assertThat(trigger.getValue()).isEqualTo("-PT15M");
        assertThat(trigger.getDuration()).isEqualTo(Duration.ofMinutes(-15));
        assertThat(ics.alarm().getProperty("DESCRIPTION").map(Property::getValue).orElseThrow())
                .contains("European Cities on the Front Line");
    }

    @Test
    void trickyTextRoundTripsExactly() {
        IcsEvent e = webinar(0);
        Ics ics = written(new IcsEvent(e.uid(), 0, TRICKY, TRICKY + "\n\n" + TRICKY, e.location(), e.url(), ROME,
                e.start(), e.end(), "Müller; \"Città\", Gdańsk", "", IcsEvent.Status.CONFIRMED, List.of()));
        assertThat(ics.value("SUMMARY")).isEqualTo(TRICKY);
        assertThat(ics.value("DESCRIPTION")).isEqualTo(TRICKY + "\n\n" + TRICKY);
        assertThat(ics.parameter("ORGANIZER", "CN")).isEqualTo("Müller; \"Città\", Gdańsk");
        // Escaped as RFC 5545 §3.3.11 asks, not merely accepted by a lenient parser.
        assertThat(ics.unfoldedLines()).contains(
                "SUMMARY:Gdańsk\\, Θεσσαλονίκη\\; Müller\\nsecond line \\\\ with a backslash");
    }

    @Test
    void linesEndCrlfAndFoldAtSeventyFiveOctetsWithoutSplittingCharacters() {
        String longTitle = "Θεσσαλονίκη ".repeat(12) + "🎤 end " + "x".repeat(60) + "🎤🎤🎤";
        IcsEvent e = webinar(0);
        String text = writer.text(new IcsEvent(e.uid(), 0, longTitle, e.description(), e.location(), e.url(), ROME,
                e.start(), e.end(), e.organiserName(), "", IcsEvent.Status.CONFIRMED, List.of()));
        assertThat(text).endsWith("END:VCALENDAR\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\r", "\n");
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(Ics.parse(text).value("SUMMARY")).isEqualTo(longTitle);
    }

    @Test
    void writeGivesTheSameUtf8BytesAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(webinar(0), out);
        assertThat(out.toByteArray()).isEqualTo(writer.text(webinar(0)).getBytes(StandardCharsets.UTF_8));
        assertThat(out.toByteArray()[0]).as("no byte-order mark").isEqualTo((byte) 'B');
    }

    @Test
    void theCalendarPassesIcal4jsValidation() throws Exception {
        ValidationResult result = written(webinar(0)).calendar().validate();
        assertThat(result.getEntries()).isEmpty();
    }

    @Test
    void attendeesTurnTheFileIntoAValidInvitation() throws Exception {
        IcsEvent invitation = webinar(0).withAttendees(List.of(
                new IcsEvent.Attendee("Liam Patuzzi", "liam@example.org"),
                new IcsEvent.Attendee("", "guest@example.org")));
        Ics ics = written(invitation);
        assertThat(ics.calendarValue("METHOD")).isEqualTo("REQUEST");
        List<Property> attendees = ics.event().getProperties("ATTENDEE");
        assertThat(attendees).extracting(Property::getValue)
                .containsExactly("mailto:liam@example.org", "mailto:guest@example.org");
        assertThat(attendees.get(0).<Parameter>getParameter("CN").map(Parameter::getValue))
                .contains("Liam Patuzzi");
        assertThat(attendees.get(1).getParameter("CN")).isEmpty();
        assertThat(ics.calendar().validate().getEntries()).isEmpty();
    }

    @Test
    void anOldZoneAliasNamesTheSameTzidInTheZoneAndTheTimes() {
        IcsEvent e = webinar(0);
        Ics ics = written(new IcsEvent(e.uid(), 0, e.summary(), "", "", "", ZoneId.of("Asia/Calcutta"),
                e.start(), e.end(), "", "", IcsEvent.Status.CONFIRMED, List.of()));
        String tzid = ics.timeZones().get(0).getTimeZoneId().getValue();
        assertThat(ics.parameter("DTSTART", "TZID")).isEqualTo(tzid);
        assertThat(ics.parameter("DTEND", "TZID")).isEqualTo(tzid);
        assertThat(ics.value("DTSTART")).isEqualTo("20200528T100000");
    }

    @Test
    void aFixedOffsetIsWrittenInUtc() {
        IcsEvent e = webinar(0);
        Ics ics = written(new IcsEvent(e.uid(), 0, e.summary(), "", "", "", ZoneOffset.ofHours(2),
                e.start(), e.end(), "", "", IcsEvent.Status.CONFIRMED, List.of()));
        assertThat(ics.timeZones()).isEmpty();
        assertThat(ics.value("DTSTART")).isEqualTo("20200528T080000Z");
        assertThat(ics.value("DTEND")).isEqualTo("20200528T090000Z");
        assertThat(ics.parameter("DTSTART", "TZID")).isNull();
    }

    @Test
    void aLinkThatIsNotAnAddressStaysOutOfUrl() {
        IcsEvent e = webinar(0);
        Ics ics = written(new IcsEvent(e.uid(), 0, e.summary(), "Register: see the newsletter", "", "see the newsletter",
                ROME, e.start(), e.end(), "", "", IcsEvent.Status.CONFIRMED, List.of()));
        assertThat(ics.value("URL")).isNull();
        assertThat(ics.value("DESCRIPTION")).contains("see the newsletter");
    }
}
