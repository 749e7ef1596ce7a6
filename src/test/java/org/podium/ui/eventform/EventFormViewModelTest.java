package org.podium.ui.eventform;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.app.Composition;
import org.podium.domain.Event;
import org.podium.domain.OrganiserRole;
import org.podium.service.Book;
import org.podium.service.common.Preferences;
import org.podium.ui.common.FakeDialogService;
import org.podium.ui.common.InPlaceTaskRunner;

import static org.assertj.core.api.Assertions.assertThat;

class EventFormViewModelTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/Rome"));
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @TempDir
    Path dir;
    private Book book;
    private EventFormViewModel form;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void open() {
        book = Composition.openBook(dir.resolve("book.db"), NOW);
        form = new EventFormViewModel(book.events(), book.directory(), new InPlaceTaskRunner(), dialogs, NOW,
                Preferences.DEFAULT_ZONES);
        form.loadNew(form.pickLists());
    }

    @AfterEach
    void close() {
        book.close();
    }

    private void at(String date, String time, ZoneId zone) {
        form.dateProperty().set(LocalDate.parse(date));
        form.startTimeProperty().set(time);
        form.zoneProperty().set(zone);
    }

    @Test
    void aNewFormStartsNextWeekAtTenInTheUsersZoneAndNeedsATitle() {
        assertThat(form.dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(form.startTimeProperty().get()).isEqualTo("10:00");
        assertThat(form.zoneProperty().get()).isEqualTo(ROME);
        assertThat(form.titleErrorProperty().get()).as("a new form opens clean").isEmpty();
        assertThat(form.validProperty().get()).isFalse();
        form.titleProperty().set("  ");
        assertThat(form.titleErrorProperty().get()).isNotEmpty();
        form.titleProperty().set("Cities and climate");
        assertThat(form.titleErrorProperty().get()).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
        form.titleProperty().set("   ");
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void durationAndEndTimeFollowEachOther() {
        form.titleProperty().set("T");
        form.startTimeProperty().set("10:00");
        form.durationProperty().set("75");
        assertThat(form.endTimeProperty().get()).isEqualTo("11:15");
        form.endTimeProperty().set("12:00");
        assertThat(form.durationProperty().get()).isEqualTo("120");
        form.startTimeProperty().set("10:30");
        assertThat(form.endTimeProperty().get()).as("a new start keeps the duration").isEqualTo("12:30");
        form.endTimeProperty().set("9:00");
        assertThat(form.endErrorProperty().get()).contains("after the start");
        assertThat(form.validProperty().get()).isFalse();
        form.durationProperty().set("30");
        assertThat(form.endTimeProperty().get()).isEqualTo("11:00");
        assertThat(form.endErrorProperty().get()).isEmpty();
        form.durationProperty().set("0");
        assertThat(form.durationErrorProperty().get()).isNotEmpty();
        form.durationProperty().set("10081");
        assertThat(form.durationErrorProperty().get()).contains("10080 (a week)");
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void aDateOutsideTheYears1900To2200IsRefusedBesideTheField() {
        form.titleProperty().set("T");
        at("2201-01-01", "10:00", ROME);
        assertThat(form.dateErrorProperty().get()).isEqualTo("Pick a date between 1900 and 2200.");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.draft()).isEmpty();
        at("2200-12-31", "10:00", ROME);
        assertThat(form.dateErrorProperty().get()).isEmpty();
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void timesAreReadAsPeopleTypeThem() {
        form.titleProperty().set("T");
        for (String typed : new String[] {"9:30", "0930", "9.30", "09:30"}) {
            form.startTimeProperty().set(typed);
            assertThat(form.startErrorProperty().get()).as(typed).isEmpty();
            assertThat(form.draft()).get().extracting(e -> e.start().toLocalTime().toString()).isEqualTo("09:30");
        }
        form.startTimeProperty().set("half past nine");
        assertThat(form.startErrorProperty().get()).isNotEmpty();
    }

    @Test
    void linksMustBeFullWebAddressesAndCapacityAWholeNumber() {
        form.titleProperty().set("T");
        form.registrationUrlProperty().set("register at our site");
        assertThat(form.registrationUrlErrorProperty().get()).contains("https://");
        assertThat(form.validProperty().get()).isFalse();
        form.registrationUrlProperty().set("https://example.org/register");
        form.accessUrlProperty().set("ftp://files.example.org");
        assertThat(form.registrationUrlErrorProperty().get()).isEmpty();
        assertThat(form.accessUrlErrorProperty().get()).isNotEmpty();
        form.accessUrlProperty().set("");
        form.capacityProperty().set("-5");
        assertThat(form.capacityErrorProperty().get()).isNotEmpty();
        form.capacityProperty().set("two hundred");
        assertThat(form.capacityErrorProperty().get()).isNotEmpty();
        form.capacityProperty().set("250");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.draft()).get().extracting(Event::capacity).isEqualTo(250);
    }

    @Test
    void aStartInTheSpringForwardGapIsRefusedWithTheReason() {
        form.titleProperty().set("T");
        at("2026-03-29", "02:30", ROME);
        assertThat(form.startErrorProperty().get()).contains("02:30").contains("does not exist").contains("Europe/Rome");
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void anAmbiguousStartTakesTheEarlierOffsetAndSaysSo() {
        form.titleProperty().set("T");
        at("2026-10-25", "02:30", ROME);
        assertThat(form.startErrorProperty().get()).isEmpty();
        assertThat(form.startNoticeProperty().get()).contains("twice").contains("+02:00");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void theStartIsShownInTheAudiencesZonesWithDaylightSavingForThatDate() {
        form.titleProperty().set("T");
        at("2027-05-27", "10:00", ROME);
        assertThat(form.otherZones()).containsExactly(
                "Europe/Brussels — Thu 27 May, 10:00 CEST",
                "Europe/London — Thu 27 May, 09:00 BST",
                "America/New_York — Thu 27 May, 04:00 EDT",
                "Africa/Nairobi — Thu 27 May, 11:00 EAT");
        at("2026-12-03", "10:00", ROME);
        assertThat(form.otherZones()).contains("Europe/London — Thu 3 Dec, 09:00 GMT",
                "America/New_York — Thu 3 Dec, 04:00 EST");
    }

    @Test
    void anOverlappingEventIsAWarningThatDoesNotBlockSaving() {
        book.events().add(Event.builder("Cities and climate adaptation", LocalDateTime.parse("2026-12-03T10:00"),
                ZoneId.of("Europe/Brussels"), 90).build());
        form.titleProperty().set("Migrant entrepreneurs");
        at("2026-12-03", "11:00", ROME);
        assertThat(form.clashes()).singleElement().asString().contains("Cities and climate adaptation");
        assertThat(form.validProperty().get()).isTrue();
        form.startTimeProperty().set("11:30");
        assertThat(form.clashes()).as("touching is not overlapping").isEmpty();
    }

    @Test
    void aScheduledEventWhoseEndHasPassedIsShownAsConcluded() {
        form.titleProperty().set("T");
        at("2026-11-02", "10:00", ROME);
        assertThat(form.statusNoticeProperty().get()).contains("concluded");
    }

    @Test
    void savingANewEventStoresEveryFieldAndCreatesTheSeriesByName() {
        form.titleProperty().set("Migrant entrepreneurs");
        form.subtitleProperty().set("Start-ups in European cities");
        form.secondTitleProperty().set("Imprenditori migranti");
        form.seriesNameProperty().set("ADMin4ALL");
        at("2026-12-10", "15:00", ROME);
        form.durationProperty().set("90");
        form.platformProperty().set("Zoom");
        form.registrationUrlProperty().set("https://example.org/register");
        form.capacityProperty().set("300");
        form.recordedProperty().set(true);
        form.sdgs().addAll(java.util.Set.of(8, 10));
        form.addNewOrganisation("Startup Migrants", OrganiserRole.PARTNER);
        assertThat(form.dirtyProperty().get()).isTrue();

        java.util.List<Event> saved = new java.util.ArrayList<>();
        form.save(saved::add);

        assertThat(dialogs.errors).isEmpty();
        Event e = book.events().get(saved.get(0).id());
        assertThat(e.title()).isEqualTo("Migrant entrepreneurs");
        assertThat(e.secondTitle()).isEqualTo("Imprenditori migranti");
        assertThat(e.start()).isEqualTo(LocalDateTime.parse("2026-12-10T15:00"));
        assertThat(e.zone()).isEqualTo(ROME);
        assertThat(e.minutes()).isEqualTo(90);
        assertThat(e.capacity()).isEqualTo(300);
        assertThat(e.recorded()).isTrue();
        assertThat(e.sdgs()).containsExactly(8, 10);
        assertThat(e.organisers()).singleElement().extracting(o -> o.role()).isEqualTo(OrganiserRole.PARTNER);
        assertThat(book.events().series()).extracting(s -> s.name()).containsExactly("ADMin4ALL");
        assertThat(book.directory().organisations()).extracting(o -> o.name()).contains("Startup Migrants");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.isNew()).isFalse();
    }

    @Test
    void editingTheTimeOfAStoredEventKeepsItsCalendarIdentityAndRaisesTheSequence() {
        Event stored = book.events().add(Event.builder("Webinar", LocalDateTime.parse("2026-12-10T10:00"), ROME, 60).build());
        form.load(stored, null, form.pickLists());
        assertThat(form.dirtyProperty().get()).isFalse();
        form.startTimeProperty().set("11:00");
        form.save(e -> { });
        Event after = book.events().get(stored.id());
        assertThat(after.uid()).isEqualTo(stored.uid());
        assertThat(after.icsSequence()).isEqualTo(stored.icsSequence() + 1);
        assertThat(after.start().toLocalTime().toString()).isEqualTo("11:00");
    }

    @Test
    void aDateSetAgainEqualAsThePickerDoesWhenItsPopupClosesIsNoEdit() {
        Event stored = book.events().add(Event.builder("Webinar", LocalDateTime.parse("2026-12-10T10:00"), ROME, 60).build());
        form.load(stored, null, form.pickLists());

        form.dateProperty().set(java.time.LocalDate.of(2026, 12, 10));
        assertThat(form.dirtyProperty().get()).as("the same day, a new LocalDate").isFalse();

        form.dateProperty().set(java.time.LocalDate.of(2026, 12, 11));
        assertThat(form.dirtyProperty().get()).as("another day").isTrue();
    }

    @Test
    void aTimeTypedLooselyIsWrittenAsTheFormShowsTimesOnceLeftAndOneAlreadySoIsLeftAlone() {
        Event stored = book.events().add(Event.builder("Webinar", LocalDateTime.parse("2026-12-10T10:00"), ROME, 60).build());
        form.load(stored, null, form.pickLists());

        form.tidyTime(form.startTimeProperty());
        assertThat(form.dirtyProperty().get()).as("10:00 left as it was").isFalse();

        form.startTimeProperty().set("17.30");
        form.tidyTime(form.startTimeProperty());
        assertThat(form.startTimeProperty().get()).isEqualTo("17:30");
        assertThat(form.endTimeProperty().get()).isEqualTo("18:30");

        form.endTimeProperty().set("1915");
        form.tidyTime(form.endTimeProperty());
        assertThat(form.endTimeProperty().get()).isEqualTo("19:15");
        assertThat(form.durationProperty().get()).isEqualTo("105");

        form.endTimeProperty().set("late");
        form.tidyTime(form.endTimeProperty());
        assertThat(form.endTimeProperty().get()).as("what cannot be read stays, for its error").isEqualTo("late");
    }

    @Test
    void revertPutsTheFormBackAsLoaded() {
        Event stored = book.events().add(Event.builder("Webinar", LocalDateTime.parse("2026-12-10T10:00"), ROME, 60).build());
        form.load(stored, null, form.pickLists());
        form.titleProperty().set("Something else");
        form.revert();
        assertThat(form.titleProperty().get()).isEqualTo("Webinar");
        assertThat(form.dirtyProperty().get()).isFalse();
    }

    @Test
    void aPlainUtcSystemZoneIsOfferedAsUtc() {
        assertThat(EventFormViewModel.homeZone(ZoneOffset.UTC)).isEqualTo(ZoneId.of("UTC"));
        assertThat(EventFormViewModel.homeZone(ZoneId.of("Etc/UTC"))).isEqualTo(ZoneId.of("UTC"));
        assertThat(EventFormViewModel.homeZone(ROME)).isEqualTo(ROME);
        assertThat(org.podium.ui.common.ZonePicker.zones()).contains(ZoneId.of("UTC"), ROME);
    }

    @Test
    void aNewEventStartsInTheZoneOfTheEventLastSavedNotTheMachines() {
        ZoneId brussels = ZoneId.of("Europe/Brussels");
        form.titleProperty().set("First");
        at("2026-12-10", "15:00", brussels);
        form.save(e -> { });
        assertThat(form.lastZoneProperty().get()).isEqualTo(brussels);

        form.loadNew(form.pickLists());
        assertThat(form.zoneProperty().get()).isEqualTo(brussels);

        EventFormViewModel fresh = new EventFormViewModel(book.events(), book.directory(), new InPlaceTaskRunner(),
                dialogs, NOW, Preferences.DEFAULT_ZONES);
        fresh.loadNew(fresh.pickLists());
        assertThat(fresh.zoneProperty().get()).isEqualTo(ROME);
    }

    @Test
    void aLinkTypedWithoutSchemeIsAcceptedAndSavedWithHttps() {
        form.titleProperty().set("Linked");
        form.registrationUrlProperty().set("eea.iom.int/events/x");
        assertThat(form.registrationUrlErrorProperty().get()).isEmpty();
        java.util.List<Event> saved = new java.util.ArrayList<>();
        form.save(saved::add);
        assertThat(book.events().get(saved.get(0).id()).registrationUrl()).isEqualTo("https://eea.iom.int/events/x");
        assertThat(form.registrationUrlProperty().get()).isEqualTo("https://eea.iom.int/events/x");
    }

    @Test
    void aTypedUnknownOrganisationIsStoredAndMadeAnOrganiserWithoutSavingTheEvent() {
        form.titleProperty().set("Migrant entrepreneurs");
        int events = book.events().list().size();
        assertThat(form.isNewOrganisation("Startup Migrants")).isTrue();

        boolean started = form.addNewOrganisation(new org.podium.ui.common.NewOrganisation.Draft("Startup Migrants",
                "SuM", org.podium.domain.OrganisationKind.PARTNER, "Berlin", "Germany"), OrganiserRole.PARTNER);

        assertThat(started).isTrue();
        assertThat(dialogs.errors).isEmpty();
        org.podium.domain.Organisation stored = book.directory().organisations().stream()
                .filter(o -> o.name().equals("Startup Migrants")).findFirst().orElseThrow();
        assertThat(stored.shortName()).isEqualTo("SuM");
        assertThat(stored.city()).isEqualTo("Berlin");
        assertThat(form.organisationChoices()).contains(stored);
        assertThat(form.organisers()).containsExactly(new OrganiserChoice(stored, OrganiserRole.PARTNER));
        assertThat(form.isNewOrganisation("startup migrants")).isFalse();
        assertThat(form.isNewOrganisation("sum")).as("its short name").isFalse();
        assertThat(form.dirtyProperty().get()).isTrue();
        assertThat(form.titleProperty().get()).isEqualTo("Migrant entrepreneurs");
        assertThat(book.events().list()).as("the event is not saved").hasSize(events);
    }

    @Test
    void aBlankNewOrganisationIsRefusedAndNothingIsStored() {
        int known = book.directory().organisations().size();

        assertThat(form.addNewOrganisation(org.podium.ui.common.NewOrganisation.Draft.named(" \t ", null),
                OrganiserRole.ORGANISER)).isFalse();
        form.addNewOrganisation("  ", OrganiserRole.ORGANISER);

        assertThat(book.directory().organisations()).hasSize(known);
        assertThat(form.organisers()).isEmpty();
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }
}
