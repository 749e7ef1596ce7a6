package org.podium.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.podium.domain.Phrase;

/**
 * Every kind of problem a registrant file can have is said in Italian with its values as they
 * are in the file, while the exception a file-level problem carries keeps its English message
 * for the command line and the logs.
 */
class ProblemsInItalianTest {
    private static String italian(ReadProblem p) {
        return p.phrase().in(Locale.ITALIAN);
    }

    private static ReadProblem only(ReadRow row) {
        assertThat(row.problems()).hasSize(1);
        return row.problems().get(0);
    }

    @Test
    void aBadAddressIsARowProblemInItalianWithTheAddressOnItsLine() {
        List<ReadRow> rows = Files.rows("Email,Nome\nana@x.org,Ana\nnot-an-address,Bo\n");

        ReadProblem p = only(rows.get(1));
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.kind()).isEqualTo(ReadProblem.Kind.ROW);
        assertThat(italian(p)).isEqualTo("Email non valida “not-an-address”: un indirizzo ha la forma nome@example.org.");
    }

    @Test
    void anUnknownCountryIsANoticeInItalianAndKeepsItsInvisibleCharacterAsWritten() {
        ReadRow row = Files.rows("Email,Country\nana@x.org,Atlan\u200Btis\n").get(0);

        assertThat(only(row).kind()).isEqualTo(ReadProblem.Kind.NOTICE);
        assertThat(italian(only(row))).isEqualTo("Il paese “Atlan\u200Btis” non è tra quelli che Podium riconosce;"
                + " viene tenuto così come è scritto.");
    }

    @Test
    void aControlCharacterInAnAddressIsWrittenAsItsCodeInItalianToo() {
        ReadRow row = Files.rows("Email\nann\u0001@example.org\n").get(0);

        assertThat(italian(only(row))).isEqualTo("L’indirizzo “annU+0001@example.org” contiene un carattere di"
                + " controllo invisibile; correggilo e importa di nuovo.").doesNotContain("\u0001");
    }

    @Test
    void theUnknownStatusProblemNamesOnlyWordsTheReaderTakesAndEveryWordTheWindowShows() {
        ReadRow row = Files.rows("Email,Status\nana@x.org,forse\n").get(0);
        String italian = italian(only(row));
        String english = only(row).phrase().in(Locale.ENGLISH);
        ResourceBundle window = Phrase.bundle(Locale.ITALIAN);
        for (org.podium.domain.RegistrationStatus status : org.podium.domain.RegistrationStatus.values()) {
            String shown = window.getString("enum.RegistrationStatus." + status.name()).toLowerCase(Locale.ROOT);
            assertThat(italian).as(status + " as the window says it").contains(shown);
            assertThat(Values.status(shown)).as(shown).contains(status);
            String name = status.name().toLowerCase(Locale.ROOT).replace('_', '-');
            assertThat(italian).as(status + " by its English name").contains(name);
            assertThat(english).contains(name);
            assertThat(Values.status(name)).as(name).contains(status);
        }
    }

    @Test
    void aBadStatusAndABadDateNameTheirColumnAndValue() {
        ReadRow row = Files.rows("Email,Status,Registered at\nana@x.org,gone,someday\n").get(0);

        assertThat(row.problems()).extracting(ProblemsInItalianTest::italian).containsExactly(
                "Il valore “gone” della colonna Status non è uno stato che Podium conosce: usa uno di iscritto, in"
                        + " lista d’attesa, annullato, presente, assente, oppure i nomi inglesi registered, waitlisted,"
                        + " cancelled, attended, no-show, o uno proprio di una piattaforma come “Checked In”.",
                "Il valore “someday” della colonna Registered at non è una data e ora che Podium capisce (le date di"
                        + " questo file si leggono con il giorno prima, come 26/03/2026 10:00, oppure come"
                        + " 2026-03-26T10:00).");
    }

    @Test
    void aBadStatusInAFullExportIsSaidInItalian() {
        String header = String.join(",", FullProfile.HEADER);
        String row = "ana@example.org" + ",".repeat(FullProfile.HEADER.indexOf("status")) + "MAYBE"
                + ",".repeat(FullProfile.HEADER.size() - 1 - FullProfile.HEADER.indexOf("status"));

        ReadProblem p = only(Files.rows(header + "\n" + row + "\n").get(0));

        assertThat(italian(p)).isEqualTo("Il valore “MAYBE” della colonna status non è uno tra REGISTERED, WAITLISTED,"
                + " CANCELLED, ATTENDED, NO_SHOW.");
    }

    @Test
    void aRaggedRowNamesTheCountsAndTheSeparator() {
        ReadProblem p = only(Files.rows("Email;Nome;Cognome\nana@x.org;Ana\n").get(0));

        assertThat(italian(p)).isEqualTo("La riga ha 2 campi ma l’intestazione ne ha 3: controlla se manca o è di"
                + " troppo un separatore (“;”), o se un valore contiene il separatore senza essere tra virgolette.");
    }

    @Test
    void aHeaderThatCannotBeReadSaysWhyInItalianToo() {
        CsvReadException e = catchThrowableOfType(CsvReadException.class,
                () -> Files.layout(Files.text("\"Email\"x,Nome\nana@x.org,Ana\n")));

        assertThat(italian(e.problem())).isEqualTo("L’intestazione non si può leggere: C’è del testo dopo le virgolette"
                + " di chiusura del campo 1; le virgolette dentro un campo tra virgolette vanno raddoppiate (\"\").");
        assertThat(e.getMessage()).isEqualTo("The header cannot be read: There is text after the closing quote of"
                + " field 1; a quote inside a quoted field must be doubled (\"\").");
    }

    @Test
    void aQuoteNeverClosedStopsTheFileInItalianWithItsLine() {
        CsvReadException e = catchThrowableOfType(CsvReadException.class,
                () -> Files.rows("Email,Note\nana@x.org,\"aperte\nbo@x.org,x\n"));

        assertThat(e.problem().line()).isEqualTo(2);
        assertThat(italian(e.problem())).isEqualTo("Le virgolette (\") aperte alla riga 2 non vengono mai chiuse,"
                + " quindi il resto del file non si può leggere.");
    }

    @Test
    void bytesThatAreNotUtf8AreNamedInItalianAndAWindowsFileHasAnItalianNotice() {
        byte[] damaged = "Email,Citt\u00e0\nana@x.org,Forl\u00ec\nbo@x.org,Bra\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBadByte = new byte[damaged.length + 1];
        System.arraycopy(damaged, 0, withBadByte, 0, damaged.length - 1);
        withBadByte[damaged.length - 1] = (byte) 0xE8;
        withBadByte[damaged.length] = '\n';
        ReadProblem bad = only(Files.rows(Files.bytes(withBadByte)).get(1));
        assertThat(italian(bad)).isEqualTo("La riga contiene byte che non sono testo UTF-8 valido (0xE8); non sono"
                + " stati importati, così nessuna lettera va persa o sostituita. Correggi il file e importalo di nuovo.");

        FileLayout latin = Files.layout(Files.text("Email,Città\nana@x.org,Forlì\n", StandardCharsets.ISO_8859_1));
        assertThat(latin.encoding().notice().in(Locale.ITALIAN)).startsWith("Il file non è in UTF-8, quindi è stato"
                + " letto come Windows-1252");
    }

    @Test
    void aFileThatIsNotTextIsRefusedInItalian() {
        CsvReadException e = catchThrowableOfType(CsvReadException.class,
                () -> EncodingDetector.detect(Files.bytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))));

        assertThat(italian(e.problem())).isEqualTo("Questo è un documento PDF, non un file CSV: esporta invece il"
                + " rapporto dalla piattaforma come CSV.");
    }

    @Test
    void everyProblemHasItsOwnItalianText() {
        ResourceBundle english = Phrase.bundle(Locale.ENGLISH);
        ResourceBundle italian = Phrase.bundle(Locale.ITALIAN);
        for (String key : english.keySet()) {
            if ((key.startsWith("problem.") || key.startsWith("email.problem.")) && !key.equals("problem.reason.system")) {
                assertThat(italian.getString(key)).as(key).isNotEqualTo(english.getString(key));
            }
        }
    }
}
