package org.podium.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.service.Book;
import org.podium.ui.book.BookRefusedViewModel.Choice;
import org.podium.ui.book.BookRefusedViewModel.Kind;

import static org.assertj.core.api.Assertions.assertThat;

/** Refused books on real files: what the user is told and where each way out leads. */
class BookOpeningTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private final List<Book> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(Book::close);
    }

    /** A user who answers each question with the next choice and remembers what they were told. */
    private static final class User implements BookOpening.Question {
        final List<String> told = new ArrayList<>();
        final List<Path> about = new ArrayList<>();
        private final List<Choice> answers;

        User(Choice... answers) {
            this.answers = new ArrayList<>(List.of(answers));
        }

        @Override
        public Choice ask(Path refusedBook, String reason) {
            about.add(refusedBook);
            told.add(reason);
            return answers.isEmpty() ? Choice.quit() : answers.remove(0);
        }
    }

    private Book open(Path path) {
        Book book = Composition.openBook(path, NOW);
        opened.add(book);
        return book;
    }

    private Optional<Book> start(Path first, User user) {
        BookOpening opening = new BookOpening(this::open, user, dir.resolve("data"), NOW);
        return opening.open(first, () -> open(first));
    }

    private Path newerBook() throws Exception {
        Path file = dir.resolve("from-the-future.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t(x)");
            st.execute("PRAGMA user_version = 999");
        }
        return file;
    }

    private static Choice choose(Kind kind, Path path) {
        return new Choice(kind, Optional.of(path));
    }

    @Test
    void aGoodBookOpensWithoutAQuestion() {
        User user = new User();
        assertThat(start(dir.resolve("podium.db"), user)).isPresent();
        assertThat(user.told).isEmpty();
    }

    @Test
    void aBookFromANewerPodiumIsExplainedAndAnotherBookCanBeChosen() throws Exception {
        Path newer = newerBook();
        byte[] before = Files.readAllBytes(newer);
        Path other = dir.resolve("other.db");
        User user = new User(choose(Kind.BOOK, other));
        Optional<Book> book = start(newer, user);
        assertThat(book).flatMap(Book::file).contains(other);
        assertThat(user.about).containsExactly(newer);
        assertThat(user.told.get(0)).contains("newer").contains("999");
        assertThat(Files.readAllBytes(newer)).as("the refused book is left as it was").isEqualTo(before);
    }

    @Test
    void quittingOpensNothing() throws Exception {
        Path notABook = Files.writeString(dir.resolve("notes.db"), "shopping list", StandardCharsets.UTF_8);
        User user = new User(Choice.quit());
        assertThat(start(notABook, user)).isEmpty();
        assertThat(user.told.get(0)).contains("not a Podium book");
    }

    @Test
    void anotherRefusedChoiceIsExplainedInTurn() throws Exception {
        Path notABook = Files.writeString(dir.resolve("notes.db"), "shopping list", StandardCharsets.UTF_8);
        Path newer = newerBook();
        User user = new User(choose(Kind.BOOK, newer), Choice.quit());
        assertThat(start(notABook, user)).isEmpty();
        assertThat(user.about).containsExactly(notABook, newer);
        assertThat(user.told.get(1)).contains("newer");
    }

    @Test
    void aBackupOpensAsACopyInTheDataFolderAndStaysAsItWas() throws Exception {
        Path backup = dir.resolve("backups/podium-2026-11-20.db");
        Files.createDirectories(backup.getParent());
        try (Book old = Composition.openBook(backup, NOW)) {
            old.samples().load();
        }
        byte[] before = Files.readAllBytes(backup);
        User user = new User(choose(Kind.BACKUP, backup));
        Optional<Book> book = start(newerBook(), user);
        assertThat(book).isPresent();
        assertThat(book.get().file()).get().isEqualTo(dir.resolve("data/podium-restored-20261123-093000.db"));
        assertThat(book.get().events().list()).hasSize(2);
        assertThat(Files.readAllBytes(backup)).isEqualTo(before);
    }

    @Test
    void aBackupThatCannotBeOpenedLeavesNoCopyBehind() throws Exception {
        Path garbage = Files.writeString(dir.resolve("broken-backup.db"), "not sqlite", StandardCharsets.UTF_8);
        User user = new User(choose(Kind.BACKUP, garbage), Choice.quit());
        assertThat(start(newerBook(), user)).isEmpty();
        assertThat(user.told).hasSize(2);
        assertThat(user.told.get(1)).contains("not a Podium book");
        try (var files = Files.list(dir.resolve("data"))) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anUnforeseenFailureIsStillToldRatherThanThrown() {
        User user = new User(Choice.quit());
        BookOpening opening = new BookOpening(this::open, user, dir.resolve("data"), NOW);
        Optional<Book> book = opening.open(dir.resolve("x.db"), () -> {
            throw new UnsatisfiedLinkError("no sqlitejdbc in java.library.path");
        });
        assertThat(book).isEmpty();
        assertThat(user.told).containsExactly("UnsatisfiedLinkError: no sqlitejdbc in java.library.path");
    }
}
