package org.podium.ui.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.service.Book;
import org.podium.service.common.Preferences;
import org.podium.ui.common.DialogService.SaveChoice;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.InPlaceTaskRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's guard over every section's forms: another section, Ctrl+N, Ctrl+S and Escape. */
class ShellEditsTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Book book;
    private final FakeDialogService dialogs = new FakeDialogService();
    private ShellViewModel shell;
    private boolean stayed;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), NOW);
        book.samples().load();
        book.samples().markOffered();
        shell = new ShellViewModel(book, new InPlaceTaskRunner(), dialogs, NOW, Preferences.DEFAULT_ZONES);
        shell.start();
        shell.sectionProperty().set(Section.PEOPLE);
        shell.people().select(shell.people().rows().get(0).id());
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void anotherSectionAsksAboutAnUnsavedPersonAndCancelStays() {
        shell.people().form().notesProperty().set("Call back on Monday");
        assertThat(shell.guard().dirtyProperty().get()).as("the title's mark").isTrue();
        dialogs.answeringSave(SaveChoice.CANCEL);

        shell.goTo(Section.ORGANISATIONS, () -> stayed = true);

        assertThat(stayed).isTrue();
        assertThat(shell.sectionProperty().get()).isEqualTo(Section.PEOPLE);
        assertThat(shell.people().form().notesProperty().get()).isEqualTo("Call back on Monday");

        dialogs.answeringSave(SaveChoice.DISCARD);
        shell.goTo(Section.ORGANISATIONS, () -> { });
        assertThat(shell.sectionProperty().get()).isEqualTo(Section.ORGANISATIONS);
        assertThat(shell.guard().dirtyProperty().get()).isFalse();
    }

    @Test
    void ctrlSSavesTheSectionsFormAndEscapeRevertsIt() {
        long id = shell.people().selectedProperty().get().id();
        shell.people().form().notesProperty().set("Call back on Monday");
        shell.save();
        assertThat(book.directory().getPerson(id).notes()).isEqualTo("Call back on Monday");

        shell.people().form().notesProperty().set("Something else");
        shell.revert();
        assertThat(shell.people().form().notesProperty().get()).isEqualTo("Call back on Monday");
        assertThat(shell.guard().dirtyProperty().get()).isFalse();
    }

    @Test
    void ctrlNOpensANewEventFromAnySectionOnceTheEditsAreSettled() {
        shell.people().form().notesProperty().set("Call back on Monday");
        dialogs.answeringSave(SaveChoice.SAVE);

        shell.newEvent();

        assertThat(shell.sectionProperty().get()).isEqualTo(Section.EVENTS);
        assertThat(shell.events().creatingProperty().get()).isTrue();
        assertThat(book.directory().getPerson(shell.people().selectedProperty().get().id()).notes())
                .isEqualTo("Call back on Monday");
    }

    @Test
    void ctrlOneToFiveShowTheEventsTabs() {
        shell.sectionProperty().set(Section.EVENTS);
        for (int tab : new int[] {4, 1, 0}) {
            shell.showTab(tab);
            assertThat(shell.events().tabProperty().get()).isEqualTo(tab);
        }
    }
}
