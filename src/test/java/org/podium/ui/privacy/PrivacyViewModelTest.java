package org.podium.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Registration;
import org.podium.service.Book;
import org.podium.store.RegistrationStore;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;

class PrivacyViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

    @TempDir
    Path dir;
    Book book;
    long eventId;
    final FakeNotifier notifier = new FakeNotifier();

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("podium.db"), Clock.fixed(NOW, ZoneOffset.UTC));
        book.samples().loadWithoutRegistrants();
        eventId = book.events().list().get(1).event().id();
        new RegistrationStore(book.database()).insert(Registration.of(eventId, "ana@city.example", "Ana", "Silva", NOW));
    }

    @AfterEach
    void close() {
        book.close();
    }

    private PrivacyViewModel model(FakeDialogService dialogs) {
        PrivacyViewModel model = new PrivacyViewModel(book.privacy(), new InPlaceTaskRunner(), dialogs, notifier,
                () -> { }, false);
        model.emailProperty().set("Ana@City.example");
        return model;
    }

    @Test
    void lookingUpListsWhatIsHeld() {
        PrivacyViewModel model = model(new FakeDialogService());
        assertThat(model.validProperty().get()).isTrue();
        model.lookUp();
        assertThat(model.heldProperty().get()).isEqualTo("• Registration for “European Cities on the Front Line”");
    }

    @Test
    void theConfirmationListsWhatWillGoAndNoKeepsEverything() {
        FakeDialogService dialogs = new FakeDialogService().answering(false);
        model(dialogs).erase();
        assertThat(dialogs.confirmations).singleElement().asString()
                .startsWith("Erase ana@city.example?").contains("Registration for “European Cities on the Front Line”")
                .contains("suppression list");
        assertThat(new RegistrationStore(book.database()).count(eventId)).isEqualTo(1);
    }

    @Test
    void yesErasesAndSaysSo() {
        PrivacyViewModel model = model(new FakeDialogService().answering(true));
        model.erase();
        assertThat(new RegistrationStore(book.database()).count(eventId)).isZero();
        assertThat(notifier.messages).containsExactly("Erased ana@city.example: one registration and no directory entry.");
        assertThat(model.heldProperty().get()).contains("was erased");
    }

    @Test
    void exportWritesTheSubjectAccessFile() {
        Path file = dir.resolve("ana.json");
        model(new FakeDialogService().savingTo(file)).exportData();
        assertThat(file).isRegularFile().content().contains("\"podium-subject-access\"").contains("European Cities");
    }

    @Test
    void somethingThatIsNotAnAddressCannotBeLookedUp() {
        PrivacyViewModel model = model(new FakeDialogService());
        model.emailProperty().set("Ana Silva");
        assertThat(model.validProperty().get()).isFalse();
    }
}
