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

class RetentionViewModelTest {
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

    private RetentionViewModel model(FakeDialogService dialogs) {
        RetentionViewModel model = new RetentionViewModel(book.retention(), new InPlaceTaskRunner(), dialogs, notifier,
                () -> { }, false, ZoneOffset.UTC);
        model.refresh();
        return model;
    }

    @Test
    void aSavedRuleShowsItsPreviewAndApplyingDoesExactlyThat() {
        FakeDialogService dialogs = new FakeDialogService().answering(true);
        RetentionViewModel model = model(dialogs);
        assertThat(model.rulesTextProperty().get()).isEqualTo("No rule yet: nothing is ever anonymised.");
        assertThat(model.totalTextProperty().get()).as("the empty table says it once").isEmpty();
        assertThat(model.scopes()).extracting(RetentionViewModel.Scope::name).containsExactly("the whole book", "ADMin4ALL");

        model.monthsProperty().set("24");
        model.saveRule();

        assertThat(model.rulesTextProperty().get()).isEqualTo("Rules in force: the whole book: 24 months");
        assertThat(model.rows()).singleElement().satisfies(r -> {
            assertThat(r.title()).isEqualTo("European Cities on the Front Line");
            assertThat(r.registrants()).isEqualTo(1);
        });
        assertThat(model.totalTextProperty().get()).isEqualTo("One registrant of one event is due.");

        model.apply();

        assertThat(dialogs.confirmations).singleElement().asString().contains("One registrant of one event is due.");
        assertThat(model.rows()).isEmpty();
        assertThat(new RegistrationStore(book.database()).forEvent(eventId).get(0).email()).endsWith("@invalid");
        assertThat(notifier.messages).containsExactly("Anonymised one registrant of one event.");
    }

    @Test
    void aSeriesRuleIsSavedForTheChosenSeriesAndABadNumberIsRefused() {
        FakeDialogService dialogs = new FakeDialogService();
        RetentionViewModel model = model(dialogs);
        model.scopeProperty().set(model.scopes().get(1));
        model.monthsProperty().set("twelve");
        model.saveRule();
        assertThat(dialogs.errors).singleElement().asString().contains("“twelve” is not a number of months");

        model.monthsProperty().set("12");
        model.saveRule();
        assertThat(model.rulesTextProperty().get()).isEqualTo("Rules in force: ADMin4ALL: 12 months");
        assertThat(model.scopeProperty().get().name()).isEqualTo("ADMin4ALL");
        assertThat(model.monthsProperty().get()).isEqualTo("12");
    }
}
