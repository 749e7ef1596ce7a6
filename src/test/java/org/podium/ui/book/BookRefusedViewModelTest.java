package org.podium.ui.book;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.ui.book.BookRefusedViewModel.Choice;
import org.podium.ui.book.BookRefusedViewModel.Kind;

import static org.assertj.core.api.Assertions.assertThat;

class BookRefusedViewModelTest {
    @TempDir
    Path dataFolder;

    /** Answers every chooser with the next file given, or cancels when none is left. */
    private static final class FakePicker implements BookRefusedViewModel.FilePicker {
        final List<Path> startedIn = new ArrayList<>();
        final List<String> titles = new ArrayList<>();
        private final List<Path> answers;

        FakePicker(Path... answers) {
            this.answers = new ArrayList<>(List.of(answers));
        }

        @Override
        public Optional<Path> pick(String title, Path startIn) {
            titles.add(title);
            startedIn.add(startIn);
            return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0));
        }
    }

    private BookRefusedViewModel model(FakePicker picker) {
        return new BookRefusedViewModel(dataFolder.resolve("podium.db"), "The book was written by a newer Podium.",
                dataFolder, picker);
    }

    @Test
    void showsTheReasonAndDecidesNothingUntilAsked() {
        BookRefusedViewModel model = model(new FakePicker());
        assertThat(model.reason()).isEqualTo("The book was written by a newer Podium.");
        assertThat(model.title()).isEqualTo("Podium cannot open this book");
        assertThat(model.advice()).contains("another book").contains("backup").contains("quit");
        assertThat(model.choiceProperty().get()).isNull();
    }

    @Test
    void choosingAnotherBookDecidesForThatFile() {
        Path other = dataFolder.resolve("other.db");
        FakePicker picker = new FakePicker(other);
        BookRefusedViewModel model = model(picker);
        model.chooseAnotherBook();
        assertThat(model.choiceProperty().get()).isEqualTo(new Choice(Kind.BOOK, Optional.of(other)));
        assertThat(picker.startedIn).containsExactly(dataFolder);
    }

    @Test
    void aCancelledChooserLeavesTheQuestionOpen() {
        BookRefusedViewModel model = model(new FakePicker());
        model.chooseAnotherBook();
        model.openBackup();
        assertThat(model.choiceProperty().get()).isNull();
    }

    @Test
    void backupsAreLookedForInTheBackupsFolderWhenThereIsOne() throws Exception {
        FakePicker picker = new FakePicker(dataFolder.resolve("x.db"));
        BookRefusedViewModel model = model(picker);
        assertThat(model.backupsFolder()).as("no backups folder yet").isEqualTo(dataFolder);
        Path backups = Files.createDirectory(dataFolder.resolve("backups"));
        model.openBackup();
        assertThat(picker.startedIn).containsExactly(backups);
        assertThat(model.choiceProperty().get().kind()).isEqualTo(Kind.BACKUP);
    }

    @Test
    void aBookElsewhereLooksBesideItselfFirst() throws Exception {
        Path elsewhere = Files.createDirectories(dataFolder.resolve("shared/drive"));
        Files.createDirectory(elsewhere.resolve("backups"));
        FakePicker picker = new FakePicker();
        BookRefusedViewModel model = new BookRefusedViewModel(elsewhere.resolve("team.db"), "locked", dataFolder, picker);
        model.chooseAnotherBook();
        model.openBackup();
        assertThat(picker.startedIn).containsExactly(elsewhere, elsewhere.resolve("backups"));
    }

    @Test
    void aMissingDataFolderStartsTheChooserAtHome() {
        FakePicker picker = new FakePicker();
        Path gone = dataFolder.resolve("never/created");
        new BookRefusedViewModel(gone.resolve("podium.db"), "cannot create", gone, picker).chooseAnotherBook();
        assertThat(picker.startedIn).containsExactly(Path.of(System.getProperty("user.home")));
    }

    @Test
    void quittingIsAChoiceToo() {
        BookRefusedViewModel model = model(new FakePicker());
        model.quit();
        assertThat(model.choiceProperty().get()).isEqualTo(Choice.quit());
    }
}
