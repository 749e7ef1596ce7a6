package org.podium.service.privacy;

import org.podium.English;
import org.podium.service.importing.ImportBook;

import org.podium.service.common.Progress;
import org.podium.service.export.ExportRequest;
import org.podium.service.importing.ImportOptions;
import org.podium.service.importing.ImportSummary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.podium.domain.ExportDestination;
import org.podium.domain.Registration;

/**
 * A BOM, a no-break space, a zero-width space, a word joiner or a soft hyphen around or inside
 * an address does not make it another address: the import stores the clean one, the suppression
 * list catches it whichever side carries the character, and no export writes it. A control
 * character is refused with its line.
 */
class InvisibleCharactersTest {
    private static final String ANN = "ann@example.org";

    @TempDir
    Path dir;
    ImportBook book;

    @BeforeEach
    void open() {
        book = new ImportBook(dir);
    }

    @AfterEach
    void close() {
        book.close();
    }

    /** Each invisible character, with the address it hides in: around it, and inside it. */
    static Stream<Arguments> hidden() {
        return Stream.of("\uFEFF", "\u00A0", "\u200B", "\u2060", "\u00AD").flatMap(c -> Stream.of(
                Arguments.of(name(c) + " around", c + "Ann@Example.org" + c),
                Arguments.of(name(c) + " inside", "ann" + c + "@example.org")));
    }

    private static String name(String c) {
        return String.format("U+%04X", (int) c.charAt(0));
    }

    private String everyExport() throws IOException {
        StringBuilder all = new StringBuilder();
        for (ExportDestination d : ExportDestination.values()) {
            Path file = dir.resolve(d.name() + ".csv");
            book.book.export().export(ExportRequest.of(List.of(book.event.id()), d).withoutConsentToo(true), file,
                    Progress.NONE);
            all.append(Files.readString(file, StandardCharsets.UTF_8));
        }
        return all.toString();
    }

    private static boolean mentionsAnn(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\p{Cf}\\u00A0]", "").contains("ann");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hidden")
    void anImportedAddressIsCaughtByTheSuppressionListAndNeverExported(String variant, String address)
            throws IOException {
        book.book.suppressions().add(ANN, "unsubscribed");

        ImportSummary s = book.commit(book.file("in.csv", "Email,First Name\n" + address + ",Ann\nbo@example.org,Bo\n"),
                ImportOptions.defaults().withSkipInvalid(true));

        List<String> stored = book.stored().stream().map(line -> line.split(" \\| ")[0]).toList();
        if (address.contains("\u00A0@")) {
            // A no-break space is a space under NFKC: inside an address it is refused, not glued.
            assertThat(s.errors()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
            assertThat(stored).containsExactly("bo@example.org");
        } else {
            assertThat(stored).as("stored clean").containsExactly(address.contains("Ann") ? "Ann@Example.org" : ANN,
                    "bo@example.org");
            assertThat(book.book.suppressions().isSuppressed(stored.get(0))).isTrue();
        }
        String exported = everyExport();
        assertThat(mentionsAnn(exported)).as(exported).isFalse();
        assertThat(exported).contains("bo@example.org");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hidden")
    void anAddressSuppressedWithTheCharacterSuppressesTheCleanOne(String variant, String address) throws IOException {
        book.register(ANN, "Ann", org.podium.domain.RegistrationStatus.REGISTERED);
        Path unsubscribes = book.file("unsubscribed.csv", "Email Address,Reason\n" + address + ",bounced\n");

        SuppressionService.FileResult fromFile = book.book.suppressions().importFile(unsubscribes, "unsubscribe file");
        SuppressionService.AddResult pasted = book.book.suppressions().add(address, "pasted");

        if (address.contains("\u00A0@")) {
            assertThat(fromFile.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
            assertThat(pasted.added()).isEmpty();
            assertThat(book.book.suppressions().list()).isEmpty();
        } else {
            assertThat(fromFile.added()).isEqualTo(1);
            assertThat(book.book.suppressions().list()).singleElement()
                    .satisfies(e -> assertThat(e.email()).isEqualTo(ANN));
            assertThat(mentionsAnn(everyExport())).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hidden")
    void anAddressStoredWithTheCharacterBeforeThisRuleIsNeverExported(String variant, String address)
            throws IOException {
        Registration ann = book.register(ANN, "Ann", org.podium.domain.RegistrationStatus.REGISTERED);
        book.register("bo@example.org", "Bo", org.podium.domain.RegistrationStatus.REGISTERED);
        // As an older Podium stored it: the address as read, its key only trimmed and lower-cased.
        book.book.database().write(c -> {
            try (var st = c.prepareStatement("UPDATE registration SET email=?, email_key=? WHERE id=?")) {
                st.setString(1, address.strip());
                st.setString(2, address.strip().toLowerCase(java.util.Locale.ROOT));
                st.setLong(3, ann.id());
                return st.executeUpdate();
            }
        });
        book.book.suppressions().add(ANN, "unsubscribed");

        String exported = everyExport();

        assertThat(mentionsAnn(exported)).as(exported).isFalse();
        assertThat(exported).contains("bo@example.org");
    }

    @Test
    void aControlCharacterIsRefusedWithItsLineByTheImportAndTheSuppressionFile() {
        ImportSummary s = book.commit(book.file("in.csv", "Email,First Name\nbo@example.org,Bo\n"
                + "ann\u0001@example.org,Ann\n"), ImportOptions.defaults());

        assertThat(s.written()).isFalse();
        assertThat(s.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(English.of(p.phrase())).isEqualTo("The address 'annU+0001@example.org' holds an invisible control"
                    + " character; correct it and import again.");
        });

        SuppressionService.FileResult fromFile = book.book.suppressions().importFile(
                book.file("unsubscribed.csv", "Email Address\nbo@example.org\n\u0001ann@example.org\n"), "file");
        assertThat(fromFile.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(English.of(p.text())).contains("holds an invisible control character").doesNotContain("\u0001");
        });
        assertThat(book.book.suppressions().add("ann\u0001@example.org", "pasted").invalid()).hasSize(1);
    }
}
