package org.podium.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.domain.RegistrationStatus;

class ValuesTest {
    @ParameterizedTest
    @CsvSource({"yes,true", "Yes,true", "TRUE,true", "1,true", "sì,true", "Si,true", "y,true", "x,true",
        "no,false", "No,false", "false,false", "0,false", "n,false"})
    void consentIsReadInWords(String text, boolean value) {
        assertThat(Values.yesNo(text)).contains(value);
    }

    @Test
    void anUnknownYesNoIsNotGuessed() {
        assertThat(Values.yesNo("maybe")).isEmpty();
        assertThat(Values.yesNo("forse")).isEmpty();
    }

    @Test
    void platformStatusesMapToPodiums() {
        assertThat(Values.status("Attending")).contains(RegistrationStatus.REGISTERED);
        assertThat(Values.status("Not Attending")).contains(RegistrationStatus.CANCELLED);
        assertThat(Values.status("Checked In")).contains(RegistrationStatus.ATTENDED);
        assertThat(Values.status("approved")).contains(RegistrationStatus.REGISTERED);
        assertThat(Values.status("denied")).contains(RegistrationStatus.CANCELLED);
        assertThat(Values.status("no-show")).contains(RegistrationStatus.NO_SHOW);
        assertThat(Values.status("Lista d'attesa")).contains(RegistrationStatus.WAITLISTED);
        assertThat(Values.status("gone fishing")).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1}s")
    @CsvSource({"45,2700", "45.5,2730", "'1h 2m 3s',3723", "'1h 3m 44s',3824", "'59m 58s',3598", "25m,1500",
        "40s,40", "1h,3600", "'2 hours 5 minutes',7500", "01:02:03,3723", "'1 ora 5 minuti',3900", "0s,0"})
    void timesInSessionInEveryFormPlatformsWrite(String text, long seconds) {
        assertThat(Values.duration(text)).contains(Duration.ofSeconds(seconds));
    }

    @Test
    void anUnreadableTimeIsNotGuessed() {
        assertThat(Values.duration("about an hour")).isEmpty();
        assertThat(Values.duration("1h tea 5m")).isEmpty();
        assertThat(Values.duration("")).isEmpty();
    }

    @Test
    void wholeNamesSplitAtTheFamilyNameKeepingParticlesAndCommaOrder() {
        assertThat(Values.splitName("Ana Rossi")).containsExactly("Ana", "Rossi");
        assertThat(Values.splitName("Anna Maria  Rossi")).containsExactly("Anna Maria", "Rossi");
        assertThat(Values.splitName("Luca De Luca")).containsExactly("Luca", "De Luca");
        assertThat(Values.splitName("Maria de la Cruz")).containsExactly("Maria", "de la Cruz");
        assertThat(Values.splitName("Rossi, Ana")).containsExactly("Ana", "Rossi");
        assertThat(Values.splitName("Cher")).containsExactly("Cher", "");
    }

    @Test
    void datesAsPlatformsAndSpreadsheetsWriteThem() {
        assertThat(parse("2026-05-20T08:15:30Z", DateOrder.DAY_FIRST)).contains(Instant.parse("2026-05-20T08:15:30Z"));
        assertThat(parse("2026-05-20 10:15:30+02:00", DateOrder.DAY_FIRST)).contains(Instant.parse("2026-05-20T08:15:30Z"));
        assertThat(parse("2026-05-20 10:15", DateOrder.DAY_FIRST)).contains(Instant.parse("2026-05-20T08:15:00Z"));
        assertThat(parse("2026-05-20", DateOrder.DAY_FIRST)).contains(Instant.parse("2026-05-19T22:00:00Z"));
        assertThat(parse("21/05/2026 10:30", DateOrder.DAY_FIRST)).contains(Instant.parse("2026-05-21T08:30:00Z"));
        assertThat(parse("05/21/2026 10:30 PM", DateOrder.MONTH_FIRST)).contains(Instant.parse("2026-05-21T20:30:00Z"));
        assertThat(parse("5/28/26, 9:58:25 AM", DateOrder.MONTH_FIRST)).contains(Instant.parse("2026-05-28T07:58:25Z"));
        assertThat(parse("May 20, 2026 10:15:30", DateOrder.DAY_FIRST)).contains(Instant.parse("2026-05-20T08:15:30Z"));
        assertThat(parse("Mar 26, 2026 11:03 AM", DateOrder.DAY_FIRST)).contains(Instant.parse("2026-03-26T10:03:00Z"));
        assertThat(parse("2 maggio 2026", DateOrder.DAY_FIRST)).contains(Instant.parse("2026-05-01T22:00:00Z"));
        assertThat(parse("2026-05-20 10:15:30 UTC", DateOrder.DAY_FIRST)).contains(Instant.parse("2026-05-20T10:15:30Z"));
    }

    @Test
    void impossibleOrUnknownDatesAreNotGuessed() {
        assertThat(parse("31/02/2026", DateOrder.DAY_FIRST)).isEmpty();
        assertThat(parse("12/31/2026", DateOrder.DAY_FIRST)).isEmpty();
        assertThat(parse("yesterday", DateOrder.DAY_FIRST)).isEmpty();
        assertThat(parse("2026-13-01T10:00Z", DateOrder.DAY_FIRST)).isEmpty();
        assertThat(parse("13:00 PM 01/01/2026", DateOrder.DAY_FIRST)).isEmpty();
    }

    private static Optional<Instant> parse(String text, DateOrder order) {
        return DateTimes.parse(text, Files.ROME, order);
    }
}
