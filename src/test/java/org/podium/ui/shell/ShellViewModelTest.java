package org.podium.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.service.Book;
import org.podium.service.common.Preferences;
import org.podium.store.TestPostgres;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.InPlaceTaskRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ShellViewModelTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Book book;

    private ShellViewModel shell(FakeDialogService dialogs) {
        book = Composition.openBook(dir.resolve("book.db"), NOW);
        return new ShellViewModel(book, new InPlaceTaskRunner(), dialogs, NOW, Preferences.DEFAULT_ZONES);
    }

    @AfterEach
    void close() {
        if (book != null) {
            book.close();
        }
    }

    @Test
    void anEmptyBookOffersTheSampleAndExploringLoadsBothWebinars() {
        FakeDialogService dialogs = new FakeDialogService().answering(true);
        ShellViewModel shell = shell(dialogs);
        shell.start();
        assertThat(dialogs.questions).hasSize(1);
        assertThat(shell.events().rows()).extracting(r -> r.title()).containsExactly(
                "Social Innovation for Migrant Integration", "European Cities on the Front Line");
        assertThat(shell.people().rows()).extracting(r -> r.name()).contains("Laurence Hart", "Liam Patuzzi");
        assertThat(shell.organisations().rows()).extracting(r -> r.name())
                .contains("Migration Policy Institute Europe", "Municipality of Milan");
    }

    @Test
    void startingEmptyKeepsTheBookEmptyAndIsNotAskedAgain() {
        FakeDialogService dialogs = new FakeDialogService().answering(false);
        shell(dialogs).start();
        assertThat(book.events().list()).isEmpty();
        book.close();

        FakeDialogService second = new FakeDialogService().answering(true);
        ShellViewModel again = shell(second);
        again.start();
        assertThat(second.questions).isEmpty();
        assertThat(again.events().rows()).isEmpty();
    }

    @Test
    void loadingTheSampleTwiceAddsNothingAndSaysSo() {
        FakeDialogService dialogs = new FakeDialogService().answering(true);
        ShellViewModel shell = shell(dialogs);
        shell.start();
        shell.loadSample();
        assertThat(shell.events().rows()).hasSize(2);
        assertThat(dialogs.informations).singleElement().asString().contains("already");
    }

    @Test
    void anItalianWindowsSampleGivesItsSuppressionsAnItalianReason() {
        org.podium.ui.common.Messages.use(java.util.Locale.ITALIAN);
        try {
            ShellViewModel shell = shell(new FakeDialogService().answering(false));
            shell.start();
            shell.loadSample();
        } finally {
            org.podium.ui.common.Messages.use(java.util.Locale.ENGLISH);
        }
        assertThat(book.suppressions().list()).hasSize(2).allSatisfy(s -> assertThat(s.reason())
                .isEqualTo("Esempio: ha chiesto di non ricevere email"));
    }

    @Test
    void startingTakesTheDailyBackupOnce() {
        ShellViewModel shell = shell(new FakeDialogService().answering(false));
        shell.start();
        assertThat(dir.resolve("backups").resolve("book-2026-11-23-daily.db")).isRegularFile();
        assertThat(book.backups().list()).hasSize(1);
    }

    @Test
    void aReadOnlyShellNeitherOffersTheSampleNorBacksUp() {
        Composition.openBook(dir.resolve("book.db"), NOW).close();
        book = Composition.openBookReadOnly(dir.resolve("book.db"), NOW);
        FakeDialogService dialogs = new FakeDialogService().answering(true);
        ShellViewModel shell = new ShellViewModel(book, new InPlaceTaskRunner(), dialogs, NOW,
                Preferences.DEFAULT_ZONES);
        shell.start();
        shell.loadSample();
        assertThat(dialogs.questions).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(shell.readOnly()).isTrue();
        assertThat(shell.events().readOnlyProperty().get()).isTrue();
        assertThat(shell.events().form().readOnlyProperty().get()).isTrue();
        assertThat(shell.statusProperty().get()).endsWith("(read-only)");
        assertThat(dir.resolve("backups")).doesNotExist();
    }

    @Test
    void theStatusBarShowsTheBooksPath() {
        ShellViewModel shell = shell(new FakeDialogService());
        assertThat(shell.statusProperty().get()).contains(dir.resolve("book.db").toString());
    }

    @Test
    void searchFiltersTheCurrentListAndIsClearedWhenTheSectionChanges() {
        ShellViewModel shell = shell(new FakeDialogService().answering(true));
        shell.start();
        shell.searchProperty().set("front line");
        assertThat(shell.events().rows()).extracting(r -> r.title()).containsExactly("European Cities on the Front Line");
        shell.searchProperty().set("nothing like this");
        assertThat(shell.events().rows()).isEmpty();
        shell.sectionProperty().set(Section.PEOPLE);
        assertThat(shell.searchProperty().get()).isEmpty();
        assertThat(shell.events().rows()).hasSize(2);
        shell.searchProperty().set("migration policy");
        assertThat(shell.people().rows()).extracting(r -> r.name()).containsExactly("Liam Patuzzi");
    }

    @Test
    void aLostServerShowsTheBannerNamingItKeepingTheFormsEditsUntilItIsBack() {
        ShellViewModel shell = shell(new FakeDialogService().answering(true));
        shell.start();
        shell.events().selectedProperty().set(row(shell, CITIES));
        shell.events().form().subtitleProperty().set("Typed while away");
        assertThat(shell.connectionLostProperty().get()).isEmpty();

        shell.connectionLost("db.example.org:5432");
        assertThat(shell.connectionLostProperty().get()).contains("db.example.org:5432")
                .contains("unsaved changes are kept");
        assertThat(shell.events().form().subtitleProperty().get()).isEqualTo("Typed while away");

        shell.connectionBack();
        shell.changedElsewhere();
        assertThat(shell.connectionLostProperty().get()).isEmpty();
        assertThat(shell.events().form().subtitleProperty().get()).isEqualTo("Typed while away");
    }

    @Test
    void aBusyServerShowsTheBannerSayingSoInEnglishAndItalian() {
        ShellViewModel shell = shell(new FakeDialogService().answering(false));
        shell.connectionBusy("db.example.org:5432");
        assertThat(shell.connectionLostProperty().get()).isEqualTo("The server db.example.org:5432 of the team book is"
                + " busy and takes no more connections now. Trying again… Your unsaved changes are kept.");
        shell.connectionBack();
        assertThat(shell.connectionLostProperty().get()).isEmpty();

        org.podium.ui.common.Messages.use(java.util.Locale.ITALIAN);
        try {
            shell.connectionBusy("db.example.org:5432");
            assertThat(shell.connectionLostProperty().get()).isEqualTo("Il server db.example.org:5432 dell’archivio"
                    + " di gruppo è occupato e per ora non accetta altre connessioni. Nuovo tentativo in corso… Le"
                    + " modifiche non salvate restano.");
        } finally {
            org.podium.ui.common.Messages.use(java.util.Locale.ENGLISH);
        }
    }

    private static final String CITIES = "European Cities on the Front Line";

    @Test
    void theStatusBarsCancelStopsTheCopyForOfflineWorkSaysSoAndLeavesNoFile() throws Exception {
        book = Composition.openTeamBook(TestPostgres.newDatabase(), Optional.empty(), NOW);
        book.samples().loadWithoutRegistrants();
        Path copy = dir.resolve("offline.db");
        FakeDialogService dialogs = new FakeDialogService().savingTo(copy);
        InPlaceTaskRunner runner = new InPlaceTaskRunner().holding();
        ShellViewModel shell = new ShellViewModel(book, runner, dialogs, NOW, Preferences.DEFAULT_ZONES);

        shell.backUpNow();
        assertThat(shell.cancellableProperty().get()).as("Cancel offered while the copy runs").isTrue();
        shell.cancelTask();
        runner.finishHeld();

        assertThat(shell.cancellableProperty().get()).isFalse();
        assertThat(shell.noticeProperty().get()).isEqualTo("The copy for offline work was cancelled; no file was written.");
        assertThat(dialogs.errors).as("a cancel is no failure").isEmpty();
        try (var left = java.nio.file.Files.list(dir)) {
            assertThat(left).as("no copy and no temporary file").isEmpty();
        }

        shell.backUpNow();
        runner.finishHeld();
        assertThat(shell.noticeProperty().get()).startsWith("Saved a copy for offline work to " + copy);
        assertThat(copy).isRegularFile();
    }

    @Test
    void aLaptopBooksBackupOffersNoCancel() {
        ShellViewModel shell = shell(new FakeDialogService().savingTo(dir.resolve("copy.db")));
        shell.backUpNow();
        assertThat(shell.cancellableProperty().get()).isFalse();
        assertThat(dir.resolve("copy.db")).isRegularFile();
    }

    private static org.podium.ui.common.EventRow row(ShellViewModel shell, String title) {
        return shell.events().rows().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aCommandLineImportAndAnotherProgramsWritesShowAfterThePollKeepingSelectionAndUnsavedEdits()
            throws Exception {
        ShellViewModel shell = shell(new FakeDialogService().answering(true));
        shell.start();
        assertThat(book.changes().poll()).as("the first look starts the watch").isFalse();
        shell.events().selectedProperty().set(row(shell, CITIES));
        shell.events().registrants().activeProperty().set(true);
        long citiesId = row(shell, CITIES).id();
        int before = shell.events().registrants().rows().size();
        assertThat(before).isPositive();
        var hart = shell.people().rows().stream().filter(r -> r.name().equals("Laurence Hart")).findFirst()
                .orElseThrow();
        shell.people().selectedProperty().set(hart);
        // As the form's field shows it: the form's listeners hear a change of a value that was read.
        assertThat(shell.people().form().positionProperty().get()).isNotEqualTo("Typed, not saved");
        shell.people().form().positionProperty().set("Typed, not saved");
        assertThat(shell.people().form().dirtyProperty().get()).isTrue();

        shell.suppression().pastedProperty().set("own.change@example.org");
        shell.suppression().addPasted();
        assertThat(book.changes().poll()).as("the window's own save is not a change elsewhere").isFalse();

        Path csv = dir.resolve("more.csv");
        java.nio.file.Files.writeString(csv, "Email,First Name\nnew.one@example.org,New\nnew.two@example.org,Two\n");
        try (Book other = Composition.openBook(dir.resolve("book.db"), NOW)) {
            assertThat(other.imports().commit(csv, citiesId, org.podium.service.importing.ImportOptions.defaults(),
                    org.podium.service.common.Progress.NONE).written()).isTrue();
            other.directory().addPerson(org.podium.domain.Person.named("Nadia", "Newcomer"));
            var cities = other.events().get(citiesId);
            other.events().update(cities.toBuilder().subtitle("Changed by another program").build());
            var hartStored = other.directory().getPerson(hart.id());
            other.directory().updatePerson(new org.podium.domain.Person(hartStored.id(), hartStored.honorific(),
                    hartStored.firstName(), hartStored.lastName(), hartStored.email(), hartStored.phone(),
                    hartStored.position(), hartStored.organisationId(), "Geneva", hartStored.country(),
                    hartStored.bio(), hartStored.notes()));
        }

        assertThat(book.changes().poll()).isTrue();
        shell.changedElsewhere();

        assertThat(shell.events().registrants().rows()).hasSize(before + 2);
        assertThat(shell.events().selectedProperty().get().id()).as("the selection stays").isEqualTo(citiesId);
        assertThat(shell.events().form().subtitleProperty().get()).as("a form without edits follows")
                .isEqualTo("Changed by another program");
        assertThat(shell.people().rows()).extracting(r -> r.name()).contains("Nadia Newcomer");
        assertThat(shell.people().selectedProperty().get().id()).isEqualTo(hart.id());
        assertThat(shell.people().form().positionProperty().get()).as("an unsaved edit is never overwritten")
                .isEqualTo("Typed, not saved");
        assertThat(shell.people().form().dirtyProperty().get()).isTrue();
        assertThat(book.changes().poll()).isFalse();
    }

    @Test
    void theExportChecksFollowASuppressionChangeWithoutTouchingTheTab() {
        ShellViewModel shell = shell(new FakeDialogService().answering(true));
        shell.start();
        shell.events().selectedProperty().set(row(shell, CITIES));
        shell.export().activeProperty().set(true);
        shell.export().show(book.events().get(row(shell, CITIES).id()));
        var before = shell.export().summaryProperty().get();
        assertThat(before).isNotNull();
        String someone = book.registrations().lines(row(shell, CITIES).id()).stream()
                .filter(l -> l.consent() && !book.suppressions().isSuppressed(l.email()))
                .filter(l -> l.status() == org.podium.domain.RegistrationStatus.ATTENDED
                        || l.status() == org.podium.domain.RegistrationStatus.REGISTERED)
                .findFirst().orElseThrow().email();

        shell.suppression().pastedProperty().set(someone);
        shell.suppression().addPasted();

        var after = shell.export().summaryProperty().get();
        assertThat(after.excludedBySuppression()).isEqualTo(before.excludedBySuppression() + 1);
        assertThat(after.written()).isEqualTo(before.written() - 1);
    }

    @Test
    void anImportsResultStaysWithItsEventAndGoesWhenAnotherEventOrScreenIsShown() throws Exception {
        ShellViewModel shell = shell(new FakeDialogService().answering(true));
        shell.start();
        shell.events().selectedProperty().set(row(shell, CITIES));
        Path file = java.nio.file.Files.writeString(dir.resolve("partner.csv"),
                "Email;Nome\nnew.one@example.org;Nuova\n");

        importInto(shell, CITIES, file);
        assertThat(shell.noticeProperty().get()).startsWith("Imported: 1 new");
        shell.events().selectedProperty().set(row(shell, CITIES));
        assertThat(shell.noticeProperty().get()).as("the same event, its row refreshed").startsWith("Imported");
        shell.events().selectedProperty().set(row(shell, "Social Innovation for Migrant Integration"));
        assertThat(shell.noticeProperty().get()).as("another event").isEmpty();

        shell.events().selectedProperty().set(row(shell, CITIES));
        importInto(shell, CITIES, file);
        assertThat(shell.noticeProperty().get()).startsWith("Imported: 0 new");
        shell.sectionProperty().set(Section.SUPPRESSION);
        assertThat(shell.noticeProperty().get()).as("another screen").isEmpty();
    }

    @Test
    void statusesSetWithTheirUndoStayWithTheirEventAndGoWhenAnotherEventIsShown() {
        ShellViewModel shell = shell(new FakeDialogService().answering(true));
        shell.start();
        shell.events().selectedProperty().set(row(shell, CITIES));
        var registrants = shell.events().registrants();
        registrants.activeProperty().set(true);
        assertThat(registrants.rows()).isNotEmpty();
        registrants.selected().setAll(registrants.rows().subList(0, 2));

        registrants.setStatus(org.podium.domain.RegistrationStatus.CANCELLED);
        assertThat(shell.noticeProperty().get()).isNotEmpty();
        assertThat(shell.undoProperty().get()).isNotNull();
        shell.events().selectedProperty().set(row(shell, CITIES));
        assertThat(shell.undoProperty().get()).as("the same event, its row refreshed").isNotNull();

        shell.events().selectedProperty().set(row(shell, "Social Innovation for Migrant Integration"));
        assertThat(shell.noticeProperty().get()).as("another event").isEmpty();
        assertThat(shell.undoProperty().get()).as("its undo too").isNull();
    }

    @Test
    void aMessageWithItsUndoGoesWhenAnotherScreenIsShown() {
        ShellViewModel shell = shell(new FakeDialogService().answering(false));
        shell.offerUndo("Agenda item removed.", () -> { });
        shell.sectionProperty().set(Section.PEOPLE);
        assertThat(shell.noticeProperty().get()).isEmpty();
        assertThat(shell.undoProperty().get()).isNull();
    }

    private void importInto(ShellViewModel shell, String title, Path file) {
        shell.importer().dropped(book.events().get(row(shell, title).id()), file);
        shell.importer().importNow();
        shell.importer().close();
    }
}
