package org.podium.ui.suppression;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.service.Book;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;
import org.podium.ui.common.Messages;

import static org.assertj.core.api.Assertions.assertThat;

/** The Suppression screen's state and actions over a real book. */
class SuppressionViewModelTest {
    @TempDir
    Path dir;
    private Book book;
    private final SimpleStringProperty search = new SimpleStringProperty("");
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeNotifier notifier = new FakeNotifier();
    private SuppressionViewModel model;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"),
                Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));
        model = new SuppressionViewModel(book.suppressions(), new InPlaceTaskRunner(), dialogs, notifier, search);
        model.refresh();
    }

    @AfterEach
    void close() {
        book.close();
        Messages.use(Locale.ENGLISH);
    }

    @Test
    void pastedAddressesAreAddedAndWhatIsNotAnAddressStaysInTheBox() {
        model.pastedProperty().set("Ana@Example.org; bob@example.org\nnot-an-address, carla@example.it");
        model.addPasted();

        assertThat(model.rows()).extracting(SuppressionViewModel.Row::email)
                .containsExactly("ana@example.org", "bob@example.org", "carla@example.it");
        assertThat(model.rows().get(0).reason()).isEqualTo("Asked not to be mailed");
        assertThat(model.pastedProperty().get()).isEqualTo("not-an-address");
        assertThat(notifier.messages).containsExactly("Suppressed 3 new addresses (none was already there)."
                + " 1 entry is not an address and was left in the box.");
    }

    @Test
    void theSearchFieldFiltersAndRemovalCanBeUndone() {
        model.pastedProperty().set("ana@example.org bob@example.org");
        model.addPasted();
        search.set("BOB");
        assertThat(model.rows()).extracting(SuppressionViewModel.Row::email).containsExactly("bob@example.org");

        model.remove(List.copyOf(model.rows()));
        search.set("");
        assertThat(model.rows()).extracting(SuppressionViewModel.Row::email).containsExactly("ana@example.org");
        assertThat(notifier.messages).last().isEqualTo("Removed 1 address from the suppression list.");

        notifier.undo.run();
        assertThat(model.rows()).extracting(SuppressionViewModel.Row::email)
                .containsExactly("ana@example.org", "bob@example.org");
    }

    @Test
    void anUnsubscribeFileIsImportedAndItsSkippedLinesShown() throws Exception {
        importFile("unsubscribed.csv", "EMAIL;FIRSTNAME\nana@example.org;Ana\nbroken;X\n");

        assertThat(model.rows()).extracting(SuppressionViewModel.Row::email).containsExactly("ana@example.org");
        assertThat(model.rows().get(0).reason()).isEqualTo("Unsubscribed (unsubscribed.csv)");
        assertThat(dialogs.informations).singleElement().asString().contains(
                "Suppressed 1 new address from unsubscribed.csv (none was already there).",
                "1 line was skipped:", "Line 3: 'broken' is not an email address");
    }

    @Test
    void inItalianTheSkippedLinesAreSaidInItalian() throws Exception {
        Messages.use(Locale.ITALIAN);
        importFile("disiscritti.csv", "EMAIL;FIRSTNAME\nana@example.org;Ana\nbroken;X\n;Y\n");

        assertThat(dialogs.informations).singleElement().asString().contains(
                "Riga 3: “broken” non è un indirizzo email", "Riga 4: nessun indirizzo");
    }

    @Test
    void inItalianAFileThatCannotBeUsedIsRefusedInItalianNamingIt() throws Exception {
        Messages.use(Locale.ITALIAN);
        Path people = importFile("persone.csv", "Nome,Città\nAna,Milano\n");
        Path empty = importFile("vuoto.csv", "");

        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(0)).asString().contains(people + " non ha una colonna di indirizzi email",
                "(come “Email Address” o “EMAIL”)");
        assertThat(dialogs.errors.get(1)).asString().contains(empty + " è vuoto: non contiene indirizzi.");
    }

    @Test
    void aFileWithoutAddressesIsAnError() throws Exception {
        Path file = importFile("people.csv", "Name,City\nAna,Milano\n");
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("The unsubscribe file could not be imported: " + file + " has no column of email addresses");
    }

    /** Writes {@code content} to a file called {@code name}, picks it in the file chooser and imports it. */
    private Path importFile(String name, String content) throws Exception {
        Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        dialogs.opening(file);
        model.importFile();
        return file;
    }
}
