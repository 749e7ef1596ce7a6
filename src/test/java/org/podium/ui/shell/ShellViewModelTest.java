package org.podium.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.service.Book;
import org.podium.service.Preferences;
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
        return new ShellViewModel(book.path(), book, new InPlaceTaskRunner(), dialogs, NOW, Preferences.DEFAULT_ZONES);
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
        ShellViewModel shell = new ShellViewModel(book.path(), book, new InPlaceTaskRunner(), dialogs, NOW,
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
}
