package org.podium.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.RegistrantField;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationLine;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.service.Book;
import org.podium.service.importing.ImportPreview;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;
import org.podium.ui.common.TaskRunner;

/** The import dialog's behaviour on a real book with the real fixture files. */
class ImportViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;
    Book book;
    Event event;
    final FakeDialogService dialogs = new FakeDialogService();
    final FakeNotifier notifier = new FakeNotifier();
    final List<Long> reloaded = new ArrayList<>();

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        event = book.events().add(Event.builder("European Cities on the Front Line",
                LocalDateTime.parse("2026-05-28T10:00"), ROME, 60).build());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private ImportViewModel model(TaskRunner runner) {
        return new ImportViewModel(book.imports(), book.attendance(), runner, dialogs, notifier, reloaded::add);
    }

    private ImportViewModel model() {
        return model(new InPlaceTaskRunner());
    }

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/org/podium/exchange/csv/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<RegistrationLine> stored() {
        return book.registrations().lines(event.id());
    }

    private Registration registered(String email, String first, String organisation) {
        return book.registrations().add(new Registration(0, event.id(), email, first, "", organisation, "", "", "",
                "", Instant.parse("2026-05-01T09:00:00Z"), RegistrationSource.MANUAL, RegistrationStatus.REGISTERED,
                0, false, null, "", null, ""));
    }

    @Test
    void aZoomRegistrationReportIsPreviewedThenImportedInOneStep() throws IOException {
        ImportViewModel model = model();
        dialogs.opening(fixture("zoom-registration.csv"));

        model.chooseRegistrants(event);

        assertThat(model.openProperty().get()).isTrue();
        assertThat(model.readAsProperty().get()).isEqualTo(
                "Read as Zoom registration report · UTF-8 · separated by commas · header on line 9 · dates month/day/year");
        assertThat(model.columns()).extracting(ImportColumn::header)
                .startsWith("First Name", "Last Name", "Email");
        assertThat(model.columns().get(2).fieldProperty().get()).isEqualTo(RegistrantField.EMAIL);
        assertThat(model.rows()).extracting(r -> r.registration().email())
                .containsExactly("ana.rossi@comune.milano.it", "marie.dupont@paris.fr", "tom.becker@wien.gv.at");
        assertThat(model.rows().get(2).registration().status()).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(model.rows()).extracting(ImportPreview.PreviewRow::outcome).containsOnly(ImportPreview.Outcome.ADD);
        assertThat(model.countsProperty().get()).startsWith("3 rows · 3 new · 0 already registered");
        assertThat(model.importLabelProperty().get()).isEqualTo("Import 3 registrants");
        assertThat(stored()).as("a preview writes nothing").isEmpty();
        assertThat(model.canImportProperty().get()).isTrue();

        model.importNow();

        assertThat(stored()).extracting(RegistrationLine::email)
                .containsExactlyInAnyOrder("ana.rossi@comune.milano.it", "marie.dupont@paris.fr", "tom.becker@wien.gv.at");
        assertThat(model.doneProperty().get()).isTrue();
        assertThat(model.canImportProperty().get()).as("the same file is not imported twice by a second click").isFalse();
        assertThat(model.outcomeProperty().get()).isEqualTo("Imported: 3 new, 0 updated, 0 unchanged, 0 skipped; 0 waitlisted.");
        assertThat(notifier.messages).contains(model.outcomeProperty().get());
        assertThat(reloaded).containsExactly(event.id());
    }

    @Test
    void thePreviewSaysHowManyRowsWillBeSkippedAsErasedAndTheImportLeavesThemOut() throws IOException {
        book.privacy().erase("marie.dupont@paris.fr");
        ImportViewModel model = model();
        dialogs.opening(fixture("zoom-registration.csv"));

        model.chooseRegistrants(event);

        assertThat(model.countsProperty().get()).startsWith("3 rows · 2 new · 0 already registered")
                .endsWith(" · 1 erased on request, to be skipped");
        assertThat(model.importLabelProperty().get()).isEqualTo("Import 2 registrants");

        model.importNow();

        assertThat(stored()).extracting(RegistrationLine::email)
                .containsExactlyInAnyOrder("ana.rossi@comune.milano.it", "tom.becker@wien.gv.at");
        assertThat(model.outcomeProperty().get()).endsWith(" 1 left out as erased on request.");
    }

    @Test
    void aBadRowBlocksTheImportUntilBadRowsAreSkipped() throws IOException {
        ImportViewModel model = model();
        dialogs.opening(file("partner.csv", "Email,First name,Organisation\n"
                + "ana.rossi@comune.milano.it,Ana,Comune di Milano\n"
                + "not-an-address,Bob,Nowhere\n"
                + "jan.kowalski@gdansk.pl,Jan,Gdańsk\n"));

        model.chooseRegistrants(event);

        assertThat(model.problems()).anySatisfy(p -> {
            assertThat(p.where()).isEqualTo("Line 3");
            assertThat(p.error()).isTrue();
            assertThat(p.message()).contains("not-an-address");
        });
        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.whyNotProperty().get()).as("the reason Import is disabled is said beside it")
                .isEqualTo("1 row has a problem: fix the file, or tick “Skip the rows with problems”.");
        model.importNow();
        assertThat(stored()).isEmpty();

        model.skipInvalidProperty().set(true);
        assertThat(model.canImportProperty().get()).as("problems present, skip ticked: Import is enabled").isTrue();
        assertThat(model.whyNotProperty().get()).isEmpty();
        model.importNow();

        assertThat(stored()).extracting(RegistrationLine::email)
                .containsExactlyInAnyOrder("ana.rossi@comune.milano.it", "jan.kowalski@gdansk.pl");
        assertThat(model.outcomeProperty().get()).contains("2 new").contains("1 skipped");
    }

    @Test
    void aFileThatCannotBeReadShowsItsProblemAndWritesNothing() throws IOException {
        ImportViewModel model = model();
        dialogs.opening(file("broken.csv", "Email,First name\n\"ana.rossi@comune.milano.it,Ana\n"));

        model.chooseRegistrants(event);

        assertThat(model.problems()).isNotEmpty();
        assertThat(model.problems().get(0).error()).isTrue();
        assertThat(model.problems().get(0).message()).containsIgnoringCase("quote");
        assertThat(model.canImportProperty().get()).isFalse();
        model.skipInvalidProperty().set(true);
        assertThat(model.canImportProperty().get()).as("a file-level problem is not skipped").isFalse();
        assertThat(model.whyNotProperty().get()).startsWith("The file cannot be read");
        assertThat(stored()).isEmpty();
    }

    @Test
    void aColumnMappedToNothingIsLeftOutOfThePreviewAndTheImport() throws IOException {
        ImportViewModel model = model();
        dialogs.opening(fixture("generic-english.csv"));
        model.chooseRegistrants(event);
        ImportColumn organisation = model.columns().stream()
                .filter(c -> c.header().equals("Organization")).findFirst().orElseThrow();
        assertThat(organisation.fieldProperty().get()).isEqualTo(RegistrantField.ORGANISATION);
        assertThat(model.rows().get(0).registration().organisation()).isEqualTo("Comune di Milano");

        organisation.fieldProperty().set(RegistrantField.IGNORE);

        assertThat(model.rows().get(0).registration().organisation()).isEmpty();
        model.importNow();
        assertThat(stored()).isNotEmpty().allSatisfy(line -> assertThat(line.organisation()).isEmpty());
    }

    @Test
    void registrantsAlreadyInTheEventAreKeptOrUpdatedAsChosen() throws IOException {
        registered("Ana.Rossi@Comune.Milano.it", "Anna", "");
        ImportViewModel model = model();
        dialogs.opening(fixture("generic-english.csv"));
        model.chooseRegistrants(event);

        assertThat(model.countsProperty().get()).contains("1 already registered, left as they are");
        assertThat(model.rows().get(0).outcome()).isEqualTo(ImportPreview.Outcome.KEEP);
        model.updateProperty().set(true);
        assertThat(model.countsProperty().get()).contains("1 already registered, given the file’s values");
        assertThat(model.rows().get(0).outcome()).isEqualTo(ImportPreview.Outcome.UPDATE);

        model.importNow();

        assertThat(book.registrations().findByEmail(event.id(), "ana.rossi@comune.milano.it")).get()
                .satisfies(r -> {
                    assertThat(r.firstName()).isEqualTo("Ana");
                    assertThat(r.organisation()).isEqualTo("Comune di Milano");
                });
        assertThat(model.outcomeProperty().get()).contains("1 updated");
    }

    @Test
    void aPodiumFullExportIsReadAsWrittenWithItsColumnsFixed() throws IOException {
        ImportViewModel model = model();
        dialogs.opening(fixture("full-export.csv"));
        model.chooseRegistrants(event);

        assertThat(model.readAsProperty().get()).startsWith("Read as Podium full export");
        assertThat(model.mappingFixedProperty().get()).isTrue();
        assertThat(model.canImportProperty().get()).isTrue();
        model.importNow();
        assertThat(stored()).isNotEmpty();
        assertThat(model.doneProperty().get()).isTrue();
    }

    @Test
    void aWindows1252FileSaysSoBeforeImporting() throws IOException {
        ImportViewModel model = model();
        dialogs.opening(fixture("windows-1252.csv"));
        model.chooseRegistrants(event);

        assertThat(model.encodingNoticeProperty().get()).isNotBlank();
        assertThat(model.readAsProperty().get()).contains("Windows-1252");
    }

    @Test
    void aDroppedZoomAttendeeReportOpensAsAttendanceAndReconciles() throws IOException {
        registered("ana.rossi@comune.milano.it", "Ana", "Comune di Milano");
        registered("marie.dupont@paris.fr", "Marie", "Ville de Paris");
        registered("jan.kowalski@gdansk.pl", "Jan", "Gdańsk");
        ImportViewModel model = model();

        model.dropped(event, fixture("zoom-attendee.csv"));

        assertThat(model.kindProperty().get()).isEqualTo(ImportViewModel.Kind.ATTENDANCE);
        assertThat(model.countsProperty().get()).contains("2 attended").contains("1 no-show")
                .contains("1 came without registering");
        assertThat(model.importLabelProperty().get()).isEqualTo("Mark attendance");
        assertThat(model.rows()).as("rows as a registrant import would store them are not shown").isEmpty();
        assertThat(stored()).extracting(RegistrationLine::status).containsOnly(RegistrationStatus.REGISTERED);

        model.importNow();

        assertThat(book.registrations().findByEmail(event.id(), "ana.rossi@comune.milano.it")).get()
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(RegistrationStatus.ATTENDED);
                    assertThat(r.minutesAttended()).isEqualTo(55);
                });
        assertThat(book.registrations().findByEmail(event.id(), "marie.dupont@paris.fr")).get()
                .extracting(Registration::status).isEqualTo(RegistrationStatus.NO_SHOW);
        assertThat(book.registrations().findByEmail(event.id(), "greta.weber@berlin.de")).get()
                .extracting(Registration::source).isEqualTo(RegistrationSource.ZOOM);
        assertThat(model.outcomeProperty().get())
                .isEqualTo("Attendance recorded: 2 attended, 1 no-show, 1 added who had not registered.");
        assertThat(reloaded).containsExactly(event.id());
    }

    @Test
    void theSameReportChosenAsRegistrantsCanBeSwitchedToAttendance() throws IOException {
        ImportViewModel model = model();
        dialogs.opening(fixture("zoom-attendee.csv"));
        model.chooseRegistrants(event);
        assertThat(model.kindProperty().get()).as("a file chosen for registrants stays so").isEqualTo(
                ImportViewModel.Kind.REGISTRANTS);

        model.kindProperty().set(ImportViewModel.Kind.ATTENDANCE);

        assertThat(model.countsProperty().get()).contains("attended");
    }

    @Test
    void aCancelledImportWritesNothingAndSaysSo() throws IOException {
        dialogs.opening(fixture("generic-english.csv"));
        ImportViewModel writing = model(new InPlaceTaskRunner().cancellingAfter(1));
        writing.chooseRegistrants(event);
        writing.importNow();

        assertThat(stored()).isEmpty();
        assertThat(writing.outcomeProperty().get()).isEqualTo("The import was cancelled; nothing was written.");
        assertThat(writing.doneProperty().get()).isFalse();
        assertThat(reloaded).isEmpty();
    }

    @Test
    void aSecondFileShowsNothingOfTheFirstWhileItIsRead() throws IOException {
        // The state the dialog shows at the moment each reading starts, before its result arrives.
        List<String> shownWhenReadingStarts = new ArrayList<>();
        java.util.concurrent.atomic.AtomicReference<ImportViewModel> shown = new java.util.concurrent.atomic.AtomicReference<>();
        InPlaceTaskRunner inPlace = new InPlaceTaskRunner();
        TaskRunner watching = new TaskRunner() {
            @Override
            public <T> void run(String description, Work<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
                ImportViewModel m = shown.get();
                shownWhenReadingStarts.add(m.readAsProperty().get() + "|" + m.rows().size() + "|"
                        + m.problems().size() + "|" + m.outcomeProperty().get() + "|" + m.columns().size());
                inPlace.run(description, work, onSuccess, onFailure);
            }

            @Override
            public javafx.beans.property.ReadOnlyBooleanProperty busyProperty() { return inPlace.busyProperty(); }

            @Override
            public javafx.beans.property.ReadOnlyStringProperty messageProperty() { return inPlace.messageProperty(); }

            @Override
            public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() { return inPlace.progressProperty(); }

            @Override
            public void cancel() {
            }
        };
        ImportViewModel model = model(watching);
        shown.set(model);
        dialogs.opening(fixture("zoom-registration.csv"));
        model.chooseRegistrants(event);
        model.importNow();
        shownWhenReadingStarts.clear();

        dialogs.opening(file("empty.csv", ""));
        model.chooseRegistrants(event);

        assertThat(shownWhenReadingStarts).containsExactly("|0|0||0");
        assertThat(model.doneProperty().get()).isFalse();
        assertThat(model.problems()).hasSize(1);
        assertThat(model.canImportProperty().get()).isFalse();
    }

    @Test
    void closingWithoutChoosingAFileDoesNothing() {
        ImportViewModel model = model();
        model.chooseRegistrants(event);
        assertThat(model.openProperty().get()).isFalse();
        assertThat(stored()).isEmpty();
    }
}
