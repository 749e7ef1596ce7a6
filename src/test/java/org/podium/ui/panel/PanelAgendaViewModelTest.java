package org.podium.ui.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Agenda;
import org.podium.domain.Event;
import org.podium.domain.Person;
import org.podium.domain.SeatRole;
import org.podium.domain.PanelSeat;
import org.podium.domain.SeatState;
import org.podium.domain.Stamp;
import org.podium.service.Book;
import org.podium.service.directory.DirectoryService;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.FakeNotifier;
import org.podium.ui.common.InPlaceTaskRunner;
import org.podium.ui.common.Messages;
import org.podium.ui.forms.EditConflict;

/** The Panel & agenda tab's view models on a real book: seating, answers, reordering, the timed agenda. */
class PanelAgendaViewModelTest {
    /** Monday 23 November 2026, 13:00 in Rome. */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Book book;
    private final FakeDialogService dialogs = new FakeDialogService();
    private final FakeNotifier notifier = new FakeNotifier();
    private final List<String> listRefreshes = new ArrayList<>();
    private PanelAgendaViewModel model;
    private Event social;

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), NOW);
        book.samples().load();
        social = book.events().list().stream().map(s -> s.event())
                .filter(e -> e.title().startsWith("Social Innovation")).findFirst().orElseThrow();
        model = new PanelAgendaViewModel(book.panel(), book.directory(), book.calendar(), book.cueSheets(),
                new InPlaceTaskRunner(), dialogs, notifier, () -> listRefreshes.add("refresh"));
        model.load(social);
    }

    @AfterEach
    void close() {
        book.close();
    }

    private DirectoryService.PersonLine choice(String lastName) {
        return model.panel().personChoices().stream().filter(l -> l.person().lastName().equals(lastName))
                .findFirst().orElseThrow();
    }

    private List<String> storedSeatNames() {
        return book.panel().seats(social.id()).stream().map(s -> s.person().lastName()).toList();
    }

    /** Liam Patuzzi's row as the panel shows it, after giulia, in another window, saved {@code change} to his seat. */
    private SeatRow liamChangedByGiulia(java.util.function.UnaryOperator<PanelSeat> change) {
        SeatRow liam = model.panel().seats().stream().filter(r -> r.name().equals("Liam Patuzzi")).findFirst()
                .orElseThrow();
        try (Book other = Composition.openBook(book.file().orElseThrow(), NOW)) {
            other.database().sign("giulia", NOW);
            other.panel().updateSeat(change.apply(liam.seat()));
        }
        return liam;
    }

    @Test
    void anAnswerSomeoneElseChangedSinceThePanelWasShownIsAskedAboutAndKeptOrTakenAsChosen() {
        assertThat(model.panel().seats()).filteredOn(r -> r.name().equals("Liam Patuzzi")).singleElement()
                .extracting(r -> r.seat().state()).as("the sample's answer").isEqualTo(SeatState.CONFIRMED);
        SeatRow liam = liamChangedByGiulia(s -> new PanelSeat(s.id(), s.eventId(), s.personId(), s.role(),
                SeatState.DECLINED, s.order(), s.techCheckDone(), s.consentToRecording()));

        dialogs.answering(false);
        model.panel().changeState(liam, SeatState.INVITED);
        assertThat(dialogs.confirmations).singleElement().asString().contains("giulia changed Liam Patuzzi's seat")
                .endsWith("Answer: giulia saved “Declined”, you chose “Invited”.");
        assertThat(book.panel().findSeatVersioned(liam.id()).orElseThrow().value().state()).isEqualTo(SeatState.DECLINED);
        assertThat(dialogs.errors).isEmpty();

        dialogs.answering(true);
        model.panel().changeState(liam, SeatState.INVITED);
        assertThat(book.panel().findSeatVersioned(liam.id()).orElseThrow().value().state())
                .isEqualTo(SeatState.INVITED);
    }

    @Test
    void aSeatConflictNamesTheFieldAndQuotesBothValuesForEveryFieldInEnglishAndInItalian() {
        assertWordings(Locale.ENGLISH, "giulia changed Liam Patuzzi's seat at %s, after the panel was shown here. ",
                "Answer: giulia saved “Declined”, you chose “Invited”.",
                "Role: giulia saved “Moderator”, you chose “Keynote”.",
                "Tech check: giulia saved “yes”, you chose “no”.",
                "Consent to recording: giulia saved “no”, you chose “yes”.");
        assertWordings(Locale.ITALIAN, "giulia ha cambiato il posto di Liam Patuzzi il %s, dopo che il panel è stato"
                        + " mostrato qui. ",
                "Risposta: giulia ha salvato «Ha declinato», tu hai scelto «Invitato».",
                "Ruolo: giulia ha salvato «Moderatore», tu hai scelto «Intervento principale».",
                "Prova tecnica: giulia ha salvato «sì», tu hai scelto «no».",
                "Consenso alla registrazione: giulia ha salvato «no», tu hai scelto «sì».");
    }

    /**
     * What the conflict dialog says for each field kind, in {@code language}: {@code opening}
     * (with %s for when giulia saved) followed by each field's sentence, in the order of the fields.
     */
    private static void assertWordings(Locale language, String opening, String... fields) {
        Stamp saved = new Stamp(3, "giulia", Instant.parse("2026-11-23T09:30:00Z"));
        PanelSeat theirs = new PanelSeat(1, 1, 1, SeatRole.MODERATOR, SeatState.DECLINED, 1, true, false);
        PanelSeat mine = new PanelSeat(1, 1, 1, SeatRole.KEYNOTE, SeatState.INVITED, 1, false, true);
        Messages.use(language);
        try {
            String start = String.format(opening, EditConflict.when(saved));
            assertThat(Arrays.stream(PanelViewModel.SeatField.values())
                    .map(field -> field.conflict(saved, "Liam Patuzzi", theirs, mine)).toList())
                    .as(language.toString())
                    .containsExactly(Arrays.stream(fields).map(field -> start + field).toArray(String[]::new));
        } finally {
            Messages.use(Locale.ENGLISH);
        }
    }

    @Test
    void aRoleSomeoneElseChangedIsAskedAboutInItalianNamingTheRole() {
        Messages.use(Locale.ITALIAN);
        try {
            SeatRow liam = liamChangedByGiulia(s -> new PanelSeat(s.id(), s.eventId(), s.personId(), SeatRole.MODERATOR,
                    s.state(), s.order(), s.techCheckDone(), s.consentToRecording()));

            model.panel().changeRole(liam, SeatRole.KEYNOTE);

            assertThat(dialogs.confirmations).singleElement().asString()
                    .startsWith("Qualcun altro ha cambiato questo posto: giulia ha cambiato il posto di Liam Patuzzi il ")
                    .endsWith(". Ruolo: giulia ha salvato «Moderatore», tu hai scelto «Intervento principale».");
        } finally {
            Messages.use(Locale.ENGLISH);
        }
    }

    @Test
    void theSampleWebinarShowsItsPanelAndItsTimedAgendaOnTime() {
        assertThat(model.panel().seats()).extracting(SeatRow::name).containsExactly("Jiri Svarc", "Liam Patuzzi",
                "Roberta Lo Bianco", "David Lubell", "Maria Amelie");
        assertThat(model.panel().seats().get(1).about()).isEqualTo("Policy Analyst, MPIE");
        assertThat(model.agenda().items()).extracting(AgendaRow::start).containsExactly("10:00", "10:15", "10:30", "11:00");
        assertThat(model.agenda().items().get(2).speakers()).isEqualTo("Roberta Lo Bianco, David Lubell, Maria Amelie");
        assertThat(model.agenda().fitProperty().get()).isEqualTo(Agenda.Fit.ON_TIME);
        assertThat(model.agenda().totalProperty().get()).isEqualTo("75 of 75 minutes planned: on time.");
        assertThat(model.agenda().zoneNoteProperty().get()).contains("Europe/Rome (CEST)");
        assertThat(model.chasing()).as("a past event needs no chasing").isEmpty();
    }

    @Test
    void draggingASeatReordersThePanelAtOnceAndInTheBook() {
        model.panel().move(4, 0);

        assertThat(model.panel().seats()).extracting(SeatRow::name).startsWith("Maria Amelie", "Jiri Svarc");
        assertThat(model.panel().seats()).extracting(SeatRow::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(storedSeatNames()).containsExactly("Amelie", "Svarc", "Patuzzi", "Lo Bianco", "Lubell");

        model.panel().move(0, 4);
        model.panel().move(2, 2);
        model.panel().move(-1, 3);
        assertThat(storedSeatNames()).containsExactly("Svarc", "Patuzzi", "Lo Bianco", "Lubell", "Amelie");
    }

    @Test
    void draggingAnItemRetimesTheAgendaAtOnceAndSavesTheOrder() {
        model.agenda().move(3, 0);

        assertThat(model.agenda().items()).extracting(r -> r.start() + " " + r.title()).containsExactly(
                "10:00 Questions and answers", "10:15 Welcome and keynote",
                "10:30 Presentation of the study “Driving Migrant Inclusion through Social Innovation”",
                "10:45 Panel discussion");
        assertThat(book.panel().agenda(social.id()).items()).extracting(t -> t.item().title())
                .startsWith("Questions and answers", "Welcome and keynote");
    }

    @Test
    void someoneAlreadySeatedCannotBeSeatedAgainAndANewcomerIsSeatedLast() {
        Person ana = book.directory().addPerson(Person.named("Ana", "Costa"));
        model.reload();

        model.panel().personToSeatProperty().set(choice("Patuzzi"));
        assertThat(model.panel().personErrorProperty().get()).isEqualTo("Liam Patuzzi is already on this panel, as Presenter.");
        assertThat(model.panel().canSeatProperty().get()).isFalse();
        model.panel().seat();
        assertThat(storedSeatNames()).hasSize(5);

        model.panel().personToSeatProperty().set(choice("Costa"));
        model.panel().roleToSeatProperty().set(SeatRole.MODERATOR);
        assertThat(model.panel().personErrorProperty().get()).isEmpty();
        model.panel().seat();

        assertThat(model.panel().seats()).last().satisfies(s -> {
            assertThat(s.personId()).isEqualTo(ana.id());
            assertThat(s.role()).isEqualTo(SeatRole.MODERATOR);
            assertThat(s.state()).isEqualTo(SeatState.INVITED);
            assertThat(s.number()).isEqualTo(6);
        });
        assertThat(model.panel().personToSeatProperty().get()).isNull();
        assertThat(notifier.messages).contains("Seated Ana Costa as Moderator.");
        assertThat(listRefreshes).as("the event list may need a new flag").hasSize(1);
    }

    @Test
    void answersAndChecksAreSavedAndAnUnansweredSeatIsChasedInTheLastWeek() {
        Event soon = book.events().add(Event.builder("Cities and climate", LocalDateTime.parse("2026-11-26T10:00"),
                ZoneId.of("Europe/Rome"), 60).build());
        Person liam = choice("Patuzzi").person();
        book.panel().seat(soon.id(), liam.id(), SeatRole.PANELLIST, SeatState.INVITED);
        model.load(soon);
        assertThat(model.chasing()).containsExactly(
                "Liam Patuzzi has not confirmed yet, and the event is less than a week away.");

        SeatRow seat = model.panel().seats().get(0);
        model.panel().setTechCheckDone(seat, true);
        model.panel().setConsentToRecording(model.panel().seats().get(0), true);
        model.panel().changeState(model.panel().seats().get(0), SeatState.CONFIRMED);

        assertThat(model.chasing()).isEmpty();
        assertThat(book.panel().seats(soon.id())).singleElement().satisfies(s -> {
            assertThat(s.seat().state()).isEqualTo(SeatState.CONFIRMED);
            assertThat(s.seat().techCheckDone()).isTrue();
            assertThat(s.seat().consentToRecording()).isTrue();
        });
    }

    @Test
    void aRemovedSeatComesBackWithUndo() {
        model.panel().remove(model.panel().seats().get(1));
        assertThat(storedSeatNames()).doesNotContain("Patuzzi");

        notifier.undo.run();

        assertThat(model.panel().seats()).extracting(SeatRow::name).containsExactly("Jiri Svarc", "Liam Patuzzi",
                "Roberta Lo Bianco", "David Lubell", "Maria Amelie");
    }

    @Test
    void theItemFormValidatesAsYouTypeAndAnAddedItemOverrunsTheSlot() {
        AgendaViewModel agenda = model.agenda();
        assertThat(agenda.titleErrorProperty().get()).as("nothing typed yet").isEmpty();
        agenda.minutesProperty().set("0");
        assertThat(agenda.titleErrorProperty().get()).isEqualTo("Give the item a title.");
        assertThat(agenda.minutesErrorProperty().get()).isEqualTo("The length is a whole number of minutes, from 1 to 10080 (a week).");
        assertThat(agenda.validProperty().get()).isFalse();
        agenda.save();
        assertThat(agenda.items()).hasSize(4);

        agenda.titleProperty().set("Closing remarks");
        agenda.minutesProperty().set("10");
        agenda.speakerChoices().get(0).chosen().set(true);
        assertThat(agenda.validProperty().get()).isTrue();
        agenda.save();

        assertThat(agenda.items()).last().satisfies(r -> {
            assertThat(r.start()).isEqualTo("11:15");
            assertThat(r.speakers()).isEqualTo("Jiri Svarc");
        });
        assertThat(agenda.fitProperty().get()).isEqualTo(Agenda.Fit.OVERRUN);
        assertThat(agenda.totalProperty().get()).startsWith("Overruns: 85 of 75 minutes planned, 10 minutes too many");
        assertThat(agenda.titleProperty().get()).as("ready for the next item").isEmpty();
    }

    @Test
    void anEditedItemIsSavedAndARemovedOneComesBackWithUndo() {
        AgendaViewModel agenda = model.agenda();
        agenda.selectedProperty().set(agenda.items().get(3));
        assertThat(agenda.titleProperty().get()).isEqualTo("Questions and answers");
        agenda.minutesProperty().set("5");
        agenda.save();
        assertThat(agenda.fitProperty().get()).isEqualTo(Agenda.Fit.UNDERRUN);
        assertThat(agenda.totalProperty().get()).startsWith("Time unplanned: 65 of 75 minutes planned, 10 minutes left over");

        agenda.selectedProperty().set(agenda.items().get(0));
        agenda.removeSelected();
        assertThat(agenda.items()).extracting(AgendaRow::start).containsExactly("10:00", "10:15", "10:45");
        notifier.undo.run();
        assertThat(agenda.items()).extracting(AgendaRow::title).first().isEqualTo("Welcome and keynote");
    }

    @Test
    void theCueSheetIsSavedAsPdfWhereChosenAndPrintedOnThePrinter() throws Exception {
        Path pdf = dir.resolve("sheet.pdf");
        dialogs.savingTo(pdf);
        model.savePdf();
        assertThat(dialogs.questions).singleElement().asString()
                .contains("[Cue sheet - Social Innovation for Migrant Integration.pdf]");
        assertThat(Files.size(pdf)).isPositive();

        List<String> printed = new ArrayList<>();
        List<BufferedImage> pages = new ArrayList<>();
        model.print((title, images) -> {
            printed.add(title);
            pages.addAll(images);
            return CueSheetPrinter.Outcome.PRINTED;
        });
        // The PDF's pages are printed: A4 at 300 dpi less half an inch on every side.
        assertThat(printed).containsExactly("Social Innovation for Migrant Integration");
        assertThat(pages).isNotEmpty().allSatisfy(p -> assertThat(p.getWidth()).isEqualTo(2480 - 300));
        model.print((title, images) -> CueSheetPrinter.Outcome.NO_PRINTER);
        assertThat(dialogs.errors).singleElement().asString().contains("No printer is set up");
    }

    @Test
    void charactersNoFontHasAreNamedAfterSavingAndPrinting() throws Exception {
        // U+0378 is unassigned: no font has it, on any computer.
        Person ghost = book.directory().addPerson(Person.named("Zoë", "Kim \u0378"));
        book.panel().seat(social.id(), ghost.id(), SeatRole.PANELLIST, SeatState.INVITED);
        model.load(social);
        dialogs.savingTo(dir.resolve("sheet.pdf"));

        model.savePdf();
        model.print((title, pages) -> CueSheetPrinter.Outcome.PRINTED);

        assertThat(dialogs.informations).hasSize(2).allSatisfy(m -> assertThat(m).asString()
                .contains("1 character(s) have no font on this computer and show as □ on the cue sheet", "(U+0378)"));
    }

    @Test
    void anInvitationIsSavedAndAMissingAddressIsExplained() throws Exception {
        Path ics = dir.resolve("svarc.ics");
        dialogs.savingTo(ics);

        model.panel().saveInvitation(model.panel().seats().get(0));

        assertThat(Files.readString(ics).replace("\r\n ", "")).contains("Invitation for Jiri Svarc: Keynote (confirmed).");
        assertThat(dialogs.informations).singleElement().asString().contains("Jiri Svarc has no email address");
    }

    @Test
    void anEventThatWentToTheTrashIsQuietlyLetGo() {
        book.events().moveToTrash(social.id());

        model.reload();

        assertThat(dialogs.errors).isEmpty();
        assertThat(model.loadedProperty().get()).isFalse();
    }

    @Test
    void someoneNotInTheDirectoryIsAddedAsANewPersonAndSeated() {
        model.panel().roleToSeatProperty().set(org.podium.domain.SeatRole.MODERATOR);
        Answer answer = new Answer();
        model.panel().seatNewPerson("  Ada   Lovelace Byron ", "ada@example.org", "Analyst", "New Cities Lab", answer);

        assertThat(answer.taken).isTrue();
        assertThat(answer.refusals).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(storedSeatNames()).endsWith("Byron");
        var stored = book.directory().people().stream().map(DirectoryService.PersonLine::person)
                .filter(p -> p.lastName().equals("Byron")).findFirst().orElseThrow();
        assertThat(stored.firstName()).isEqualTo("Ada Lovelace");
        assertThat(stored.email()).isEqualTo("ada@example.org");
        assertThat(stored.position()).isEqualTo("Analyst");
        assertThat(book.directory().organisations()).extracting(o -> o.name()).contains("New Cities Lab");
        assertThat(model.panel().seats()).extracting(SeatRow::name).endsWith("Ada Lovelace Byron");
        assertThat(model.panel().personChoices()).extracting(l -> l.person().fullName()).contains("Ada Lovelace Byron");
    }

    @Test
    void aNewPersonWithAMalformedAddressIsRefusedToTheFormAndNothingIsStored() {
        int before = book.directory().people().size();
        Answer answer = new Answer();
        model.panel().seatNewPerson("Ada Byron", "not an address", "", "", answer);

        assertThat(answer.taken).isFalse();
        assertThat(answer.refusals).containsExactly("This is not an email address.");
        assertThat(book.directory().people()).hasSize(before);
        assertThat(model.panel().seats()).extracting(SeatRow::name).doesNotContain("Ada Byron");
    }

    @Test
    void aNewPersonWithAnAddressTheDirectoryHasIsRefusedToTheFormNamingWhoseItIs() {
        book.directory().addPerson(new Person(0, "", "Ana", "Costa", "ana@example.org", "", "", null, "", "", "", ""));
        int before = book.directory().people().size();
        Answer answer = new Answer();
        model.panel().seatNewPerson("Ada Byron", "ana@example.org", "", "", answer);

        assertThat(answer.taken).isFalse();
        assertThat(answer.refusals).singleElement().asString().contains("ana@example.org", "Ana Costa");
        assertThat(book.directory().people()).hasSize(before);
        assertThat(dialogs.errors).isEmpty();
    }

    /** What the form would be told. */
    private static final class Answer implements org.podium.ui.common.Attempt {
        boolean taken;
        final java.util.List<String> refusals = new java.util.ArrayList<>();

        @Override
        public void taken() {
            taken = true;
        }

        @Override
        public void refused(String why) {
            refusals.add(why);
        }
    }
}
