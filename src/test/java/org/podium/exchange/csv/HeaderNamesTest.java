package org.podium.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.podium.domain.RegistrantField;
import org.podium.domain.ReportFormat;

class HeaderNamesTest {
    @Test
    void normalisingIgnoresCaseSpacesUnderscoresHyphensAndAccents() {
        assertThat(HeaderNames.normalise(" E-Mail_Address ")).isEqualTo("emailaddress");
        assertThat(HeaderNames.normalise("Città")).isEqualTo("citta");
        assertThat(HeaderNames.normalise("\uFEFFCountry/Region Name *:")).isEqualTo("country/regionname");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "email|EMAIL", "E-mail|EMAIL", "Email Address|EMAIL", "Indirizzo email|EMAIL", "indirizzo_e-mail|EMAIL",
        "First Name|FIRST_NAME", "given name|FIRST_NAME", "Nome|FIRST_NAME",
        "Last Name|LAST_NAME", "Surname|LAST_NAME", "family-name|LAST_NAME", "COGNOME|LAST_NAME",
        "Organisation|ORGANISATION", "Organization|ORGANISATION", "Company|ORGANISATION",
        "Institution|ORGANISATION", "Affiliation|ORGANISATION", "Ente|ORGANISATION", "Organizzazione|ORGANISATION",
        "Job Title|JOB_TITLE", "Position|JOB_TITLE", "Ruolo|JOB_TITLE",
        "City|CITY", "Città|CITY", "CITTA|CITY",
        "Country|COUNTRY", "Country/Region|COUNTRY", "Country/Region Name|COUNTRY", "Paese|COUNTRY", "Nazione|COUNTRY",
        "Registration Time|REGISTERED_AT", "Registered at|REGISTERED_AT", "Data di registrazione|REGISTERED_AT",
        "Consent|CONSENT", "Marketing consent|CONSENT", "Newsletter|CONSENT", "Consenso|CONSENT",
        "Attendee Status|STATUS", "Attended|ATTENDED", "Time in Session (minutes)|DURATION",
        "Duration (Minutes)|DURATION", "In-Meeting Duration|DURATION", "Join Time|JOIN_TIME", "Order #|IGNORE",
        "What is your main interest?|CUSTOM"})
    void everyHeadingOfTheIssueNamesItsField(String heading, RegistrantField field) {
        assertThat(HeaderNames.fieldFor(heading, ReportFormat.GENERIC)).isEqualTo(field);
    }

    @Test
    void teamsRoleAndDurationAreTeamsOwnButElsewhereAnAnswer() {
        assertThat(HeaderNames.fieldFor("Role", ReportFormat.TEAMS_ATTENDANCE)).isEqualTo(RegistrantField.ROLE);
        assertThat(HeaderNames.fieldFor("Role", ReportFormat.GENERIC)).isEqualTo(RegistrantField.CUSTOM);
        assertThat(HeaderNames.fieldFor("Duration", ReportFormat.TEAMS_ATTENDANCE)).isEqualTo(RegistrantField.DURATION);
    }

    @Test
    void aSecondColumnForTheSameFieldIsKeptAsAnAnswer() {
        assertThat(HeaderNames.mapping(List.of("Email", "E-mail", "Note", "Notes"), ReportFormat.GENERIC))
                .containsExactly(RegistrantField.EMAIL, RegistrantField.CUSTOM, RegistrantField.NOTES,
                        RegistrantField.CUSTOM);
    }
}
