package org.podium.ui.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.service.Book;
import org.podium.service.events.EventSummary;
import org.podium.service.common.Preferences;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;

/** The Publish tab's model on a real book, a fake dialog service and a runner in place. */
class PublishViewModelTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Book book;
    private Event september;
    private final FakeDialogService dialogs = new FakeDialogService();
    private PublishViewModel model;
    private final List<String[]> clipboard = new ArrayList<>();

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), NOW);
        book.samples().load();
        september = book.events().list().stream().map(EventSummary::event)
                .filter(e -> e.title().startsWith("Social")).findFirst().orElseThrow();
        model = new PublishViewModel(book.announcements(), book.briefings(), book.events(), new InPlaceTaskRunner(),
                dialogs, new FakeNotifier(), () -> Preferences.DEFAULT_ZONES);
        model.activeProperty().set(true);
        model.show(september);
    }

    @AfterEach
    void close() {
        book.close();
    }

    @Test
    void theInvitationReadsAsItWillInEitherLanguage() {
        assertThat(model.textProperty().get()).contains("SOCIAL INNOVATION FOR MIGRANT INTEGRATION", "When?");
        assertThat(model.htmlProperty().get()).startsWith("<!DOCTYPE html>");
        assertThat(model.richProperty().get()).isTrue();
        model.languageProperty().set(Locale.ITALIAN);
        assertThat(model.textProperty().get()).startsWith("CONCLUSO").contains("INNOVAZIONE SOCIALE", "Quando?");
    }

    @Test
    void anEMailHasNoRichForm() {
        model.shownProperty().set(PublishViewModel.Shown.REMINDER);
        assertThat(model.textProperty().get()).contains("All active");
        assertThat(model.richProperty().get()).isFalse();
    }

    @Test
    void copyingPutsHtmlAndTextTogether() {
        model.copyRich((html, text) -> clipboard.add(new String[] {html, text}));
        model.shownProperty().set(PublishViewModel.Shown.THANKS);
        model.copyText((html, text) -> clipboard.add(new String[] {html, text}));
        assertThat(clipboard).hasSize(2);
        assertThat(clipboard.get(0)[0]).contains("<h1>Social Innovation");
        assertThat(clipboard.get(0)[1]).contains("SOCIAL INNOVATION");
        assertThat(clipboard.get(1)[0]).isNull();
        assertThat(clipboard.get(1)[1]).contains("Attended only");
    }

    @Test
    void savingWritesWhatIsShown() throws Exception {
        Path page = dir.resolve("page.html");
        dialogs.savingTo(page);
        model.saveHtml();
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).isEqualTo(model.htmlProperty().get());
        Path text = dir.resolve("page.txt");
        dialogs.savingTo(text);
        model.saveText();
        assertThat(Files.readString(text, StandardCharsets.UTF_8)).isEqualTo(model.textProperty().get());
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aBriefingIsShownForTheFirstSpeakerAndSavedAsPdf() throws Exception {
        model.shownProperty().set(PublishViewModel.Shown.BRIEFING);
        assertThat(model.speakers()).extracting(PublishViewModel.Speaker::name)
                .containsExactly("Jiri Svarc", "Liam Patuzzi", "Roberta Lo Bianco", "David Lubell", "Maria Amelie");
        assertThat(model.textProperty().get()).contains("Briefing for Jiri Svarc");
        model.speakerProperty().set(model.speakers().get(1));
        assertThat(model.textProperty().get()).contains("Briefing for Liam Patuzzi");
        Path pdf = dir.resolve("liam.pdf");
        dialogs.savingTo(pdf);
        model.saveBriefingPdf();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Briefing for Liam Patuzzi");
        }
    }

    @Test
    void aFailureIsShownNotSwallowed() {
        book.events().moveToTrash(september.id());
        book.trash().empty();
        model.refresh();
        assertThat(dialogs.errors).isNotEmpty();
        assertThat(model.textProperty().get()).isEmpty();
    }
}
