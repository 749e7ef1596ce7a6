package org.podium.ui.registrants;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.podium.domain.CountryCodes;
import org.podium.domain.Emails;
import org.podium.domain.InvalidFieldException;
import org.podium.domain.Registration;
import org.podium.domain.RegistrationSource;
import org.podium.domain.RegistrationStatus;
import org.podium.domain.Stamp;
import org.podium.domain.Versioned;
import org.podium.service.registrants.DuplicateRegistrationException;
import org.podium.service.privacy.ErasedAddressException;
import org.podium.service.registrants.RegistrantCounts;
import org.podium.service.registrants.RegistrationService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.forms.EditConflict;
import org.podium.ui.forms.EditLock;
import org.podium.ui.forms.FormState;

/**
 * The form that adds or edits one registrant, validated as the coordinator types; an address
 * the event already holds is refused on saving and the registrant holding it is pointed out.
 */
public final class RegistrantFormViewModel {
    /** The consent source recorded when consent is ticked by hand in this form. */
    static final String MANUAL_CONSENT = RegistrationSource.MANUAL.name().toLowerCase(java.util.Locale.ROOT);

    private final RegistrationService service;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private final BiConsumer<Registration, Boolean> onSaved;
    private final Consumer<Registration> onDuplicate;

    private Registration original;
    private long eventId;
    private ZoneId zone = ZoneId.of("UTC");
    private boolean full;
    private String refusedEmail = "";
    private String refusedMessage = "";

    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty jobTitle = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("");
    private final ObjectProperty<RegistrationStatus> status = new SimpleObjectProperty<>(RegistrationStatus.REGISTERED);
    private final BooleanProperty consent = new SimpleBooleanProperty(false);
    private final StringProperty minutes = new SimpleStringProperty("0");
    private final StringProperty notes = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper emailError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper countryError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper minutesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statusNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper consentNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper adding = new ReadOnlyBooleanWrapper(false);
    private final EditLock<Registration> lock = new EditLock<>(Registration.class, List.of(
            text("registrants.form.email", Registration::email, email),
            text("registrants.form.firstName", Registration::firstName, firstName),
            text("registrants.form.lastName", Registration::lastName, lastName),
            text("registrants.form.organisation", Registration::organisation, organisation),
            text("registrants.form.jobTitle", Registration::jobTitle, jobTitle),
            text("registrants.form.city", Registration::city, city),
            text("registrants.form.country", Registration::country, country),
            text("registrants.form.language", Registration::language, language),
            new EditConflict.Field<>("registrants.form.status", Registration::status, r -> status.set(r.status())),
            new EditConflict.Field<>("registrants.form.consent", Registration::consent, r -> consent.set(r.consent())),
            new EditConflict.Field<>("registrants.form.minutes", Registration::minutesAttended,
                    r -> minutes.set(String.valueOf(r.minutesAttended()))),
            text("registrants.form.notes", Registration::notes, notes)));
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final FormState state = new FormState(this::revalidate);
    private Runnable afterSave = () -> { };
    private Runnable afterRefusal = () -> { };
    private final BooleanBinding valid;

    /**
     * {@code onSaved} hears of each registrant stored (and whether it was added rather than
     * edited); {@code onDuplicate} of the registrant already holding a refused address.
     */
    RegistrantFormViewModel(RegistrationService service, TaskRunner runner, DialogService dialogs, Clock clock,
                            BiConsumer<Registration, Boolean> onSaved, Consumer<Registration> onDuplicate) {
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.onSaved = onSaved;
        this.onDuplicate = onDuplicate;
        valid = Bindings.createBooleanBinding(this::allValid, emailError, countryError, minutesError);
        Observable[] fields = {email, firstName, lastName, organisation, jobTitle, city, country, language, status,
            consent, minutes, notes};
        state.watch(fields);
    }

    private boolean allValid() {
        return Stream.of(emailError, countryError, minutesError).allMatch(e -> e.get().isEmpty());
    }

    /** An empty form for a new registrant of the event; {@code counts} tells whether it is full. */
    void loadNew(long forEvent, ZoneId eventZone, RegistrantCounts counts) {
        eventId = forEvent;
        zone = eventZone;
        full = counts != null && counts.capacity() != null && counts.seatsTaken() >= counts.capacity();
        fill(null);
        heading.set(Messages.get("registrants.form.addTitle"));
    }

    /** The stored registrant in the form, to edit. */
    private static EditConflict.Field<Registration> text(String key, Function<Registration, String> value,
                                                         StringProperty field) {
        return new EditConflict.Field<>(key, value, r -> field.set(value.apply(r)));
    }

    /** Opens a stored registrant read at {@code stamp}, whose version the save is made against. */
    void load(Registration registration, Stamp stamp, ZoneId eventZone) {
        load(registration, eventZone);
        lock.opened(new Versioned<>(registration, stamp));
    }

    void load(Registration registration, ZoneId eventZone) {
        eventId = registration.eventId();
        zone = eventZone;
        full = false;
        fill(registration);
        String who = (registration.firstName() + " " + registration.lastName()).strip();
        heading.set(Messages.get("registrants.form.editTitle", who.isEmpty() ? registration.email() : who));
    }

    private void fill(Registration r) {
        state.fill(() -> {
            original = r;
            lock.opened(null);
            adding.set(r == null);
            refusedEmail = "";
            email.set(r == null ? "" : r.email());
            firstName.set(r == null ? "" : r.firstName());
            lastName.set(r == null ? "" : r.lastName());
            organisation.set(r == null ? "" : r.organisation());
            jobTitle.set(r == null ? "" : r.jobTitle());
            city.set(r == null ? "" : r.city());
            country.set(r == null ? "" : r.country());
            language.set(r == null ? "" : r.language());
            status.set(r == null ? RegistrationStatus.REGISTERED : r.status());
            consent.set(r != null && r.consent());
            minutes.set(r == null ? "0" : String.valueOf(r.minutesAttended()));
            notes.set(r == null ? "" : r.notes());
        }, r != null);
        open.set(true);
    }

    public boolean isNew() {
        return original == null;
    }

    private void revalidate() {
        String typed = Emails.clean(email.get());
        if (typed.isEmpty()) {
            emailError.set(Messages.get("registrants.form.error.emailRequired"));
        } else if (Emails.hasControl(typed)) {
            emailError.set(Messages.get("registrants.form.error.emailControl"));
        } else if (!Emails.isValid(typed)) {
            emailError.set(Messages.get("registrants.form.error.email"));
        } else if (Emails.normalise(typed).equals(refusedEmail)) {
            emailError.set(refusedMessage);
        } else {
            emailError.set("");
        }
        countryError.set(CountryCodes.isValid(country.get()) ? "" : Messages.get("registrants.form.error.country"));
        minutesError.set(minutesValue().isPresent() ? "" : Messages.get("registrants.form.error.minutes"));
        statusNotice.set(isNew() && full && status.get() == RegistrationStatus.REGISTERED
                ? Messages.get("registrants.form.notice.full") : "");
        consentNotice.set(consentText());
    }

    private String consentText() {
        if (!consent.get()) {
            return "";
        }
        if (original != null && original.consent() && original.consentAt() != null) {
            String when = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Messages.locale())
                    .format(original.consentAt().atZone(zone));
            return original.consentSource().isEmpty() ? Messages.get("registrants.form.consentGiven", when)
                    : Messages.get("registrants.form.consentGivenVia", when, original.consentSource());
        }
        return Messages.get("registrants.form.consentNow");
    }

    private Optional<Integer> minutesValue() {
        try {
            int value = Integer.parseInt(minutes.get() == null ? "" : minutes.get().strip());
            return value >= 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The registration the form describes, if every field is valid. */
    Optional<Registration> draft() {
        if (!allValid()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        boolean hadConsent = original != null && original.consent();
        Instant consentAt = !consent.get() ? null : hadConsent ? original.consentAt() : now;
        String consentSource = !consent.get() ? "" : hadConsent ? original.consentSource() : MANUAL_CONSENT;
        return Optional.of(new Registration(original == null ? 0 : original.id(), eventId, email.get(),
                firstName.get(), lastName.get(), organisation.get(), jobTitle.get(), city.get(),
                CountryCodes.normalise(country.get()), language.get(),
                original == null ? now : original.registeredAt(),
                original == null ? RegistrationSource.MANUAL : original.source(), status.get(),
                minutesValue().orElseThrow(), consent.get(), consentAt, consentSource,
                original == null ? Map.of() : original.customAnswers(), notes.get()));
    }

    /** Saves the registrant; the form closes once it is stored, and stays open if refused. */
    public void save() {
        save(() -> { }, () -> { });
    }

    /** The form's optimistic lock, whose conflict the form shows above its fields. */
    public EditLock<Registration> lock() {
        return lock;
    }

    /**
     * Saves the registrant, then runs {@code saved}, or {@code failed} if it was refused;
     * returns false, saving nothing and showing what is wrong, if the form is not valid.
     */
    public boolean save(Runnable saved, Runnable failed) {
        state.showErrors();
        Optional<Registration> draft = draft();
        if (draft.isEmpty() || saving.get()) {
            return false;
        }
        boolean adding = isNew();
        saving.set(true);
        afterSave = saved;
        afterRefusal = failed;
        runner.run(Messages.get("registrants.form.saving"),
                progress -> adding ? service.add(draft.get())
                        : service.update(draft.get(), lock.expectedVersion()).value(), stored -> {
                    saving.set(false);
                    open.set(false);
                    onSaved.accept(stored, adding);
                    afterSave.run();
                }, this::refused);
        return true;
    }

    /** What the form is called in "Save changes to …?": the person, else their address. */
    String name() {
        String who = (firstName.get() + " " + lastName.get()).strip();
        return !who.isEmpty() ? who : !email.get().isBlank() ? email.get().strip() : Messages.get("unsaved.newRegistrant");
    }

    private void refused(Throwable failure) {
        saving.set(false);
        afterRefusal.run();
        // Someone else saved the registrant meanwhile: the form keeps every edit and shows theirs.
        if (lock.caught(failure, draft().orElse(null))) {
            return;
        }
        if (failure instanceof DuplicateRegistrationException duplicate) {
            Registration existing = duplicate.existing();
            refusedEmail = Emails.normalise(existing.email());
            String who = (existing.firstName() + " " + existing.lastName()).strip();
            refusedMessage = who.isEmpty() ? Messages.get("registrants.form.error.duplicate", existing.email())
                    : Messages.get("registrants.form.error.duplicateNamed", existing.email(), who);
            revalidate();
            onDuplicate.accept(existing);
        } else if (failure instanceof ErasedAddressException erased) {
            refusedEmail = Emails.normalise(erased.email());
            refusedMessage = Messages.get("registrants.form.error.erased", Emails.clean(erased.email()));
            revalidate();
        } else if (failure instanceof InvalidFieldException invalid && "country".equals(invalid.field())) {
            countryError.set(Messages.get("registrants.form.error.country"));
        } else {
            dialogs.showError(Messages.get("registrants.form.saveFailed"), Messages.reason(failure));
        }
    }

    /** Closes the form without saving. */
    public void cancel() {
        open.set(false);
    }

    public StringProperty emailProperty() { return email; }
    public StringProperty firstNameProperty() { return firstName; }
    public StringProperty lastNameProperty() { return lastName; }
    public StringProperty organisationProperty() { return organisation; }
    public StringProperty jobTitleProperty() { return jobTitle; }
    public StringProperty cityProperty() { return city; }
    public StringProperty countryProperty() { return country; }
    public StringProperty languageProperty() { return language; }
    public ObjectProperty<RegistrationStatus> statusProperty() { return status; }
    public BooleanProperty consentProperty() { return consent; }
    public StringProperty minutesProperty() { return minutes; }
    public StringProperty notesProperty() { return notes; }
    public ObservableStringValue emailErrorProperty() { return state.shown(emailError); }
    public ObservableStringValue countryErrorProperty() { return state.shown(countryError); }
    public ObservableStringValue minutesErrorProperty() { return state.shown(minutesError); }
    public ReadOnlyStringProperty statusNoticeProperty() { return statusNotice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty consentNoticeProperty() { return consentNotice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty headingProperty() { return heading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }
    /** True while the form holds a new registrant rather than a stored one. */
    public ReadOnlyBooleanProperty addingProperty() { return adding.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return state.dirtyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    /** False while a new registrant's form is untouched: its errors are not shown yet. */
    public ReadOnlyBooleanProperty errorsShownProperty() { return state.errorsShownProperty(); }
    public BooleanBinding validProperty() { return valid; }
}
