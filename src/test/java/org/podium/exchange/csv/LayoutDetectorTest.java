package org.podium.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.podium.domain.RegistrantField;
import org.podium.domain.ReportFormat;

class LayoutDetectorTest {
    @Test
    void theDelimiterIsTheOneThatSplitsHeaderAndRowsAlikeOutsideQuotes() {
        assertThat(Files.layout(Files.text("Email;Name;Note\na@x.org;\"Rossi, Ana\";x\n")).delimiter()).isEqualTo(';');
        assertThat(Files.layout(Files.text("Email,Name;Other\na@x.org,Rossi;Ana\nb@x.org,Bo;Bi\n")).delimiter())
                .isEqualTo(',');
        assertThat(Files.layout(Files.text("Email\tName\na@x.org\tAna\n")).delimiterName()).isEqualTo("tab");
        assertThat(Files.layout(Files.text("Email\na@x.org\n")).header()).containsExactly("Email");
    }

    @Test
    void anExcelSeparatorHintLineIsObeyedAndSkipped() {
        FileLayout layout = Files.layout(Files.text("sep=;\nEmail;Name,Surname\na@x.org;Ana,Rossi\n"));

        assertThat(layout.delimiter()).isEqualTo(';');
        assertThat(layout.headerLine()).isEqualTo(2);
        assertThat(layout.header()).containsExactly("Email", "Name,Surname");
    }

    @Test
    void eachRecognisedSourceIsDetectedWithItsHeaderLine() {
        assertThat(Files.layout(Files.fixture("generic-english.csv")))
                .extracting(FileLayout::format, FileLayout::headerLine).containsExactly(ReportFormat.GENERIC, 1L);
        FileLayout italian = Files.layout(Files.fixture("generic-italian.csv"));
        assertThat(italian.encoding().label()).isEqualTo("UTF-8 with BOM");
        assertThat(italian.delimiter()).isEqualTo(';');
        assertThat(italian.header().get(0)).isEqualTo("Indirizzo e-mail");
        FileLayout zoomRegistration = Files.layout(Files.fixture("zoom-registration.csv"));
        assertThat(zoomRegistration.format()).isEqualTo(ReportFormat.ZOOM_REGISTRATION);
        assertThat(zoomRegistration.headerLine()).isEqualTo(9);
        FileLayout zoomAttendee = Files.layout(Files.fixture("zoom-attendee.csv"));
        assertThat(zoomAttendee.format()).isEqualTo(ReportFormat.ZOOM_ATTENDEE);
        assertThat(zoomAttendee.headerLine()).isEqualTo(12);
        assertThat(zoomAttendee.dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        FileLayout teams = Files.layout(Files.fixture("teams-attendance.csv"));
        assertThat(teams.format()).isEqualTo(ReportFormat.TEAMS_ATTENDANCE);
        assertThat(teams.encoding().label()).isEqualTo("UTF-16LE with BOM");
        assertThat(teams.delimiterName()).isEqualTo("tab");
        assertThat(teams.headerLine()).isEqualTo(10);
        assertThat(teams.mapping()).containsExactly(RegistrantField.FULL_NAME, RegistrantField.JOIN_TIME,
                RegistrantField.IGNORE, RegistrantField.DURATION, RegistrantField.EMAIL, RegistrantField.IGNORE,
                RegistrantField.ROLE);
        assertThat(Files.layout(Files.fixture("eventbrite.csv")).format()).isEqualTo(ReportFormat.EVENTBRITE);
        FileLayout cp1252 = Files.layout(Files.fixture("windows-1252.csv"));
        assertThat(cp1252.encoding().label()).isEqualTo("Windows-1252");
        assertThat(cp1252.encoding().hasNotice()).isTrue();
    }

    @Test
    void theDateOrderIsLearnedFromTheDatesThemselves() {
        assertThat(Files.layout(Files.text("Email,Registered at\na@x.org,03/04/2026\nb@x.org,12/31/2026\n")).dateOrder())
                .isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(Files.layout(Files.text("Email,Registered at\na@x.org,31/12/2026\n")).dateOrder())
                .isEqualTo(DateOrder.DAY_FIRST);
        assertThat(Files.layout(Files.text("Email,Registered at\na@x.org,03/04/2026\n")).dateOrder())
                .as("a European audience writes the day first").isEqualTo(DateOrder.DAY_FIRST);
    }

    @Test
    void aChosenFormatIsObeyedAndAZoomFileWithoutItsTableIsRefused() {
        ByteSource zoom = Files.fixture("zoom-registration.csv");
        FileLayout generic = LayoutDetector.detect(zoom, Set.of(ReportFormat.GENERIC));
        assertThat(generic.format()).isEqualTo(ReportFormat.GENERIC);
        assertThat(generic.headerLine()).isEqualTo(1);

        assertThatThrownBy(() -> LayoutDetector.detect(Files.fixture("generic-english.csv"),
                EnumSet.of(ReportFormat.ZOOM_ATTENDEE, ReportFormat.ZOOM_REGISTRATION)))
                .isInstanceOf(CsvReadException.class).hasMessageContaining("does not look like a Zoom report");
        assertThatThrownBy(() -> Files.layout(Files.text("Attendee Report\nReport Generated:,x\nTopic,ID\nt,1\n")))
                .hasMessageContaining("no 'Attendee Details'");
    }

    @Test
    void aFileOfBlankLinesHasNoHeader() {
        assertThatThrownBy(() -> Files.layout(Files.text("\n\n  \n"))).isInstanceOf(CsvReadException.class)
                .hasMessageContaining("no text");
        assertThatThrownBy(() -> Files.layout(Files.bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})))
                .hasMessageContaining("no text");
    }

    @Test
    void aBrokenRowNearTheTopDoesNotStopDetectionSoItIsReportedOnItsLine() {
        FileLayout layout = Files.layout(Files.text("Email,Registered at\na@x.org,31/12/2026\n\"b@x.org\n"));

        assertThat(layout.header()).containsExactly("Email", "Registered at");
        assertThatThrownBy(() -> Files.rows("Email,Registered at\na@x.org,31/12/2026\n\"b@x.org\n"))
                .isInstanceOf(CsvReadException.class).hasMessageContaining("opened on line 3");
    }
}
