package org.podium.exchange.csv;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.English;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Unsubscribe files as mailing tools export them: the address column found by its header. */
class UnsubscribeFileReaderTest {
    @TempDir
    Path dir;

    private Path file(String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    @Test
    void mailchimpsUnsubscribedExportGivesAddressesAndReasons() throws IOException {
        Path file = file("unsubscribed_members_export.csv", "\uFEFFEmail Address,First Name,Last Name,MEMBER_RATING,"
                + "OPTIN_TIME,UNSUB_TIME,UNSUB_CAMPAIGN_TITLE,UNSUB_REASON\r\n"
                + "ana@example.org,Ana,\"Rossi, Jr\",2,2020-05-01 10:00:00,2020-06-01 10:00:00,June news,"
                + "\"No longer interested\"\r\n"
                + "Bob@Example.ORG,Bob,,2,,,,\r\n", StandardCharsets.UTF_8);
        UnsubscribeFileReader.Result r = UnsubscribeFileReader.read(file);
        assertThat(r.emailColumn()).isEqualTo("Email Address");
        assertThat(r.delimiter()).isEqualTo(',');
        assertThat(r.entries()).containsExactly(new UnsubscribeFileReader.Entry(2, "ana@example.org", "No longer interested"),
                new UnsubscribeFileReader.Entry(3, "Bob@Example.ORG", ""));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void brevosSemicolonExportIsReadByItsEmailColumn() throws IOException {
        Path file = file("blocklisted.csv", "CONTACT ID;EMAIL;FIRSTNAME;LASTNAME\n"
                + "17;anna.schmidt@example.de;Anna;Müller\n18;not-an-address;X;Y\n19;;Z;W\n",
                StandardCharsets.UTF_8);
        UnsubscribeFileReader.Result r = UnsubscribeFileReader.read(file);
        assertThat(r.delimiter()).isEqualTo(';');
        assertThat(r.entries()).extracting(UnsubscribeFileReader.Entry::email).containsExactly("anna.schmidt@example.de");
        assertThat(r.problems()).extracting(UnsubscribeFileReader.Problem::line, p -> English.of(p.text()))
                .containsExactly(tuple(3L, "'not-an-address' is not an email address"), tuple(4L, "no address"));
    }

    @Test
    void theLinesThatCannotBeUsedAreSaidInItalianToo() throws IOException {
        StringBuilder text = new StringBuilder("Email Address,Name\nnot-an-address,A\n,Bo\nann\u0001@example.org,C\n");
        for (int i = 0; i < UnsubscribeFileReader.MAX_PROBLEMS + 1; i++) {
            text.append("x\n");
        }
        UnsubscribeFileReader.Result r = UnsubscribeFileReader.read(file("it.csv", text.toString(), StandardCharsets.UTF_8));

        assertThat(r.problems().subList(0, 3)).extracting(p -> p.text().in(Locale.ITALIAN)).containsExactly(
                "“not-an-address” non è un indirizzo email", "nessun indirizzo",
                "l’indirizzo “annU+0001@example.org” contiene un carattere di controllo invisibile");
        assertThat(r.problems().get(UnsubscribeFileReader.MAX_PROBLEMS).text().in(Locale.ITALIAN))
                .isEqualTo("da qui in poi non si sono potute usare neanche altre 4 righe");
    }

    @Test
    void aFileOfBareAddressesNeedsNoHeader() throws IOException {
        Path file = file("list.txt", "ana@example.org\nbob@example.org\n\ncarla@example.it\n", StandardCharsets.UTF_8);
        assertThat(UnsubscribeFileReader.read(file).entries()).extracting(UnsubscribeFileReader.Entry::email)
                .containsExactly("ana@example.org", "bob@example.org", "carla@example.it");
    }

    @Test
    void aWindows1252FileIsReadWithoutLosingItsLetters() throws IOException {
        Path file = file("old.csv", "E-mail;Nome\ncafe@example.it;Niccolò\n", Charset.forName("windows-1252"));
        UnsubscribeFileReader.Result r = UnsubscribeFileReader.read(file);
        assertThat(r.entries()).extracting(UnsubscribeFileReader.Entry::email).containsExactly("cafe@example.it");
        assertThat(r.encoding().charsetName()).isEqualTo("Windows-1252");
        assertThat(English.of(r.encoding().notice())).contains("not UTF-8");
        assertThat(r.delimiter()).isEqualTo(';');
    }

    @Test
    void headingsAreReadAsARegistrantFilesAreWithAccentsAndPipes() throws IOException {
        Path file = file("es.csv", "Nombre|Correo electrónico|Motivo\nAna|ana@example.es|spam\n", StandardCharsets.UTF_8);
        UnsubscribeFileReader.Result r = UnsubscribeFileReader.read(file);
        assertThat(r.delimiter()).isEqualTo('|');
        assertThat(r.emailColumn()).isEqualTo("Correo electrónico");
        assertThat(r.entries()).containsExactly(new UnsubscribeFileReader.Entry(2, "ana@example.es", "spam"));
        assertThat(r.encoding().hasNotice()).isFalse();
    }

    @Test
    void aFileOfBlankLinesIsRefusedNamingIt() throws IOException {
        Path file = file("blank.csv", "\n\n  \n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UnsubscribeFileReader.read(file)).isInstanceOf(CsvReadException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("no text");
    }

    @Test
    void aFileWithoutAnAddressColumnIsRefusedNamingIt() throws IOException {
        Path file = file("people.csv", "Name,City\nAna,Milano\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> UnsubscribeFileReader.read(file)).isInstanceOf(CsvReadException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("no column of email addresses");
    }

    @Test
    void aFileOfMoreAddressesThanOneImportTakesIsRefusedNamingIt() throws IOException {
        Path file = file("huge.csv", "Email\na@example.org\nb@example.org\nc@example.org\nd@example.org\n",
                StandardCharsets.UTF_8);
        assertThat(UnsubscribeFileReader.read(file, 4).entries()).hasSize(4);
        assertThatThrownBy(() -> UnsubscribeFileReader.read(file, 3)).isInstanceOf(CsvReadException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("more than 3 addresses (line 5)");
    }

    @Test
    void problemsBeyondTheFirstThousandAreCountedNotHeld() throws IOException {
        StringBuilder text = new StringBuilder("Email\n");
        for (int i = 0; i < UnsubscribeFileReader.MAX_PROBLEMS + 5; i++) {
            text.append("not-an-address\n");
        }
        text.append("ana@example.org\n");
        UnsubscribeFileReader.Result r = UnsubscribeFileReader.read(file("bad.csv", text.toString(), StandardCharsets.UTF_8));
        assertThat(r.entries()).extracting(UnsubscribeFileReader.Entry::email).containsExactly("ana@example.org");
        assertThat(r.problems()).hasSize(UnsubscribeFileReader.MAX_PROBLEMS + 1);
        assertThat(r.problems().get(UnsubscribeFileReader.MAX_PROBLEMS))
                .extracting(UnsubscribeFileReader.Problem::line, p -> English.of(p.text()))
                .containsExactly((long) UnsubscribeFileReader.MAX_PROBLEMS + 2,
                        "5 more lines from here on could not be used either");
    }

    @Test
    void aFileThatIsNotTextIsRefusedNamingIt() throws IOException {
        Path file = dir.resolve("photo.csv");
        Files.write(file, new byte[] {'E', 'm', 'a', 'i', 'l', '\n', 'a', 0, 'b', '\n'});
        assertThatThrownBy(() -> UnsubscribeFileReader.read(file)).isInstanceOf(CsvReadException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("Line 2 contains a NUL byte");
    }
}
