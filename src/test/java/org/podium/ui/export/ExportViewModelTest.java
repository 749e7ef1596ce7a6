package org.podium.ui.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.ExportDestination;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.service.Book;
import org.podium.service.events.EventSummary;
import org.podium.store.RegistrationStore;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The Export tab's state and actions over a real book with the sample webinars. */
class ExportViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final String MAY_TAG = "European Cities on the Front Line (2020-05-28)";

    @TempDir
    Path dir;
    private Book book;
    private Event may;
    private Event september;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeNotifier notifier = new FakeNotifier();
    private ExportViewModel model;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        book.samples().loadWithoutRegistrants();
        for (EventSummary s : book.events().list()) {
            if (s.event().title().startsWith("European")) {
                may = s.event();
            } else {
                september = s.event();
            }
        }
        RegistrationStore store = new RegistrationStore(book.database());
        register(store, may, "ana@example.org", "Ana", RegistrationStatus.ATTENDED, true);
        register(store, may, "bob@example.org", "=Bob", RegistrationStatus.NO_SHOW, true);
        register(store, may, "carla@example.it", "Carla", RegistrationStatus.ATTENDED, false);
        register(store, september, "ana@example.org", "Ana", RegistrationStatus.ATTENDED, true);
        register(store, september, "dora@example.de", "Dora", RegistrationStatus.ATTENDED, true);
        model = new ExportViewModel(book.export(), book.events(), new InPlaceTaskRunner(), dialogs, notifier);
    }

    private static void register(RegistrationStore store, Event event, String email, String first,
                                 RegistrationStatus status, boolean consent) {
        store.insert(new Registration(0, event.id(), email, first, "Rossi", "", "", "", "", "", NOW,
                RegistrationSource.CSV, status, 0, consent, null, "", Map.of(), ""));
    }

    @AfterEach
    void close() {
        book.close();
    }

    private String check(String label) {
        return model.checks().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow().value();
    }

    @Test
    void thePreviewWaitsUntilTheTabIsShownThenListsRowsAndChecks() {
        model.show(may);
        assertThat(model.rows()).as("not in view yet").isEmpty();

        model.activeProperty().set(true);

        assertThat(model.header()).containsExactly("Email Address", "First Name", "Last Name", "Tags");
        assertThat(model.rows()).containsExactly(List.of("ana@example.org", "Ana", "Rossi", MAY_TAG),
                List.of("bob@example.org", "'=Bob", "Rossi", MAY_TAG));
        assertThat(check("Rows to write")).isEqualTo("2");
        assertThat(check("Left out: no consent to further mailings")).isEqualTo("1");
        assertThat(check("Cells neutralised against formula injection")).isEqualTo("1");
        assertThat(model.canSaveProperty().get()).isTrue();
        assertThat(model.otherEvents()).extracting(Object::toString).singleElement().asString()
                .startsWith("Social Innovation for Migrant Integration");
    }

    @Test
    void everyOptionReRunsThePreview() {
        model.show(may);
        model.activeProperty().set(true);

        model.whoProperty().set(ExportViewModel.Who.NO_SHOW);
        assertThat(model.rows()).extracting(r -> r.get(0)).containsExactly("bob@example.org");
        model.whoProperty().set(ExportViewModel.Who.ACTIVE);
        model.consentOnlyProperty().set(false);
        assertThat(model.rows()).extracting(r -> r.get(0)).containsExactly("ana@example.org", "bob@example.org",
                "carla@example.it");
        model.destinationProperty().set(ExportDestination.BREVO);
        assertThat(model.header()).containsExactly("EMAIL", "FIRSTNAME", "LASTNAME");
    }

    @Test
    void aWholeSeriesMergesEachAddressOnce() {
        model.show(may);
        model.activeProperty().set(true);
        model.chooseSeries(book.events().series().get(0));

        assertThat(model.otherEvents().get(0).chosenProperty().get()).isTrue();
        // In the order they registered: Ana's row stands where her registration for the later event does.
        assertThat(model.rows()).extracting(r -> r.get(0)).containsExactly("bob@example.org", "ana@example.org",
                "dora@example.de");
        assertThat(check("Duplicates merged (same address in several events)")).isEqualTo("1");
    }

    @Test
    void savingWritesTheFileWhereTheUserChoseAndSaysSo() throws Exception {
        Path file = dir.resolve("may.csv");
        dialogs.savingTo(file);
        model.show(may);
        model.activeProperty().set(true);

        model.save();

        assertThat(dialogs.questions).containsExactly(
                "Save the registrants as CSV [European Cities on the Front Line - Mailchimp.csv]");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("Email Address,First Name,Last Name,Tags\r\n"
                + "ana@example.org,Ana,Rossi," + MAY_TAG + "\r\n");
        assertThat(notifier.messages).containsExactly("Saved 2 registrants to " + file + ".");
    }

    @Test
    void aFileThatCannotBeWrittenIsReportedAndNothingIsSavedWhenTheUserCancels() {
        model.show(may);
        model.activeProperty().set(true);
        model.save();
        assertThat(notifier.messages).as("cancelled in the file chooser").isEmpty();

        Path missing = dir.resolve("missing").resolve("may.csv");
        dialogs.savingTo(missing);
        model.save();
        assertThat(dialogs.errors).containsExactly("The export could not be saved: Cannot write " + missing
                + ": the folder " + missing.getParent() + " does not exist");
        assertThat(model.savingProperty().get()).isFalse();
    }

    @Test
    void theBookChosenAsTheFileIsRefusedAndKept() {
        Path bookFile = dir.resolve("book.db");
        dialogs.savingTo(bookFile);
        model.show(may);
        model.activeProperty().set(true);

        model.save();

        assertThat(dialogs.errors).containsExactly("The export could not be saved: Cannot write " + bookFile
                + ": it is the book itself (" + bookFile + "). Choose another file; nothing was written.");
        assertThat(notifier.messages).isEmpty();
        assertThat(book.events().list()).hasSize(2);
        assertThat(model.rows()).hasSize(2);
    }

    @Test
    void nothingToWriteDisablesSave() {
        model.show(september);
        model.activeProperty().set(true);
        model.whoProperty().set(ExportViewModel.Who.NO_SHOW);
        assertThat(model.rows()).isEmpty();
        assertThat(check("Rows to write")).isEqualTo("0");
        assertThat(model.canSaveProperty().get()).isFalse();
    }
}
