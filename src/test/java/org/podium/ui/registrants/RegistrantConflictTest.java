package org.podium.ui.registrants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.Registration;
import org.podium.domain.Versioned;
import org.podium.service.Book;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.InPlaceTaskRunner;
import org.podium.ui.forms.EditConflict;

/** The registrant form when another client saved the registrant meanwhile: the conflict, then the choices stored. */
class RegistrantConflictTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aRegistrantSavedMeanwhileIsShownAndTheChoicesAreStored() {
        try (Book window = Composition.openBook(dir.resolve("book.db"), NOW);
             Book other = Composition.openBook(dir.resolve("book.db"), NOW)) {
            Event event = window.events().add(Event.builder("Panel", LocalDateTime.of(2026, 12, 3, 10, 0),
                    ZoneId.of("Europe/Rome"), 60).build());
            long id = window.registrations().add(Registration.of(event.id(), "ana@example.org", "Ana", "Rossi",
                    Instant.parse("2026-11-01T10:00:00Z"))).id();
            FakeDialogService dialogs = new FakeDialogService();
            List<Registration> saved = new ArrayList<>();
            RegistrantFormViewModel form = new RegistrantFormViewModel(window.registrations(), new InPlaceTaskRunner(),
                    dialogs, NOW, (r, added) -> saved.add(r), r -> { });
            Versioned<Registration> opened = window.registrations().findVersioned(id).orElseThrow();
            form.load(opened.value(), opened.stamp(), event.zone());
            form.cityProperty().set("Milano");
            Registration stored = other.registrations().find(id).orElseThrow();
            other.registrations().update(new Registration(id, event.id(), stored.email(), stored.firstName(), "Bianchi",
                    "", "", "Roma", "", "", stored.registeredAt(), stored.source(), stored.status(), 0, false, null,
                    "", null, ""));

            form.save();

            EditConflict<Registration> conflict = form.lock().conflictProperty().get();
            assertThat(conflict.rows()).extracting(EditConflict.Row::label)
                    .containsExactly("Last name", "City");
            assertThat(saved).isEmpty();
            assertThat(dialogs.errors).isEmpty();
            form.lock().resolve(form::save);

            Versioned<Registration> after = other.registrations().findVersioned(id).orElseThrow();
            assertThat(after.value().lastName()).as("theirs, which the form had left alone").isEqualTo("Bianchi");
            assertThat(after.value().city()).as("mine, changed by both").isEqualTo("Milano");
            assertThat(after.version()).isEqualTo(3);
        }
    }
}
