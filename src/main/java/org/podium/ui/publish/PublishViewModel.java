package org.podium.ui.publish;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Event;
import org.podium.service.events.EventDetails;
import org.podium.service.events.EventService;
import org.podium.service.common.Wording;
import org.podium.service.documents.Announcement;
import org.podium.service.documents.AnnouncementService;
import org.podium.service.documents.AnnouncementService.Document;
import org.podium.service.documents.AnnouncementService.Format;
import org.podium.service.documents.BriefingService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;

/**
 * The Publish tab: the invitation and the e-mails around the event as they will read, in
 * English or Italian, to save or copy; and each speaker's briefing.
 */
public final class PublishViewModel {
    /** What the tab shows: one of the service's documents, or a speaker's briefing. */
    public enum Shown {
        INVITATION, REMINDER, THANKS, MISSED, BRIEFING
    }

    /** Puts text on the system clipboard; the view gives the real one, tests a fake. */
    public interface Clipboard {
        /** Both forms together, so a mail program pastes the rich one and a plain editor the text. */
        void put(String html, String text);
    }

    /** A speaker to brief, as the choice lists them. */
    public record Speaker(long personId, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final AnnouncementService announcements;
    private final BriefingService briefings;
    private final EventService events;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final Supplier<List<ZoneId>> audienceZones;
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(Shown.INVITATION);
    /** The texts start in the window's own language; the coordinator may pick the other. */
    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(
            "it".equals(Messages.locale().getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH);
    private final ObjectProperty<Speaker> speaker = new SimpleObjectProperty<>();
    private final ObservableList<Speaker> speakers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper("");
    private final BooleanProperty active = new SimpleBooleanProperty();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private Event event;
    /** Counts the previews asked for, so that only the last one's result is shown. */
    private long asked;

    public PublishViewModel(AnnouncementService announcements, BriefingService briefings, EventService events,
                            TaskRunner runner, DialogService dialogs, Notifier notifier,
                            Supplier<List<ZoneId>> audienceZones) {
        this.announcements = announcements;
        this.briefings = briefings;
        this.events = events;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.audienceZones = audienceZones;
        shown.addListener((obs, old, now) -> refresh());
        language.addListener((obs, old, now) -> refresh());
        speaker.addListener((obs, old, now) -> refresh());
        active.addListener((obs, old, now) -> refresh());
    }

    /** Shows another event (or the same one again after a save). */
    public void show(Event shownEvent) {
        event = shownEvent;
        refresh();
    }

    /** Renders what is chosen off the FX thread, when the tab is showing. */
    public void refresh() {
        if (event == null || !active.get()) {
            return;
        }
        long eventId = event.id();
        Shown what = shown.get();
        Locale locale = language.get();
        Speaker who = speaker.get();
        List<ZoneId> zones = audienceZones.get();
        long ticket = ++asked;
        loading.set(true);
        runner.run(Messages.get("publish.preparing"), progress -> render(eventId, what, locale, who, zones), result -> {
            if (ticket != asked) {
                return;
            }
            loading.set(false);
            speakers.setAll(result.speakers());
            if (who == null && !result.speakers().isEmpty() && what == Shown.BRIEFING) {
                speaker.set(result.speakers().get(0));
                return;
            }
            text.set(result.text());
            html.set(result.html());
        }, failure -> {
            if (ticket == asked) {
                loading.set(false);
                text.set("");
                html.set("");
                dialogs.showError(Messages.get("publish.failed"), Messages.reason(failure));
            }
        });
    }

    private record Rendered(String text, String html, List<Speaker> speakers) {
    }

    private Rendered render(long eventId, Shown what, Locale locale, Speaker who, List<ZoneId> zones) {
        List<Speaker> seated = events.details(eventId).map(EventDetails::seats).orElse(List.of()).stream()
                .map(s -> new Speaker(s.person().id(), s.person().fullName())).toList();
        if (what == Shown.BRIEFING) {
            if (who == null || seated.stream().noneMatch(s -> s.personId() == who.personId())) {
                return new Rendered(seated.isEmpty() ? Messages.get("publish.briefing.nobody") : "", "", seated);
            }
            return new Rendered(briefings.briefing(eventId, who.personId(), Wording.of(locale)).text(), "", seated);
        }
        Document document = Document.valueOf(what.name());
        Announcement facts = announcements.facts(eventId, locale, zones);
        String html = document == Document.INVITATION ? AnnouncementService.render(facts, document, Format.HTML) : "";
        return new Rendered(AnnouncementService.render(facts, document, Format.TEXT), html, seated);
    }

    /** Saves the invitation as a self-contained HTML page. */
    public void saveHtml() {
        save(Messages.get("publish.kind.html"), "html", html.get());
    }

    /** Saves what is shown as plain text. */
    public void saveText() {
        save(Messages.get("publish.kind.text"), "txt", text.get());
    }

    /** Saves the chosen speaker's briefing as a PDF. */
    public void saveBriefingPdf() {
        Speaker who = speaker.get();
        if (event == null || who == null) {
            return;
        }
        long eventId = event.id();
        Locale locale = language.get();
        Optional<Path> target = dialogs.chooseSaveFile(Messages.get("publish.save.title"),
                Messages.get("publish.briefing.fileName", who.name()), Messages.get("cuesheet.save.kind"), "pdf");
        target.ifPresent(file -> runner.run(Messages.get("publish.saving", file.getFileName()),
                progress -> briefings.savePdf(eventId, who.personId(), Wording.of(locale), file),
                saved -> notifier.notify(Messages.get("publish.saved", saved.output())),
                failure -> dialogs.showError(Messages.get("publish.saveFailed"), Messages.reason(failure))));
    }

    private void save(String kind, String extension, String content) {
        if (event == null || content.isEmpty()) {
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile(Messages.get("publish.save.title"),
                Messages.get("publish.fileName." + shown.get().name(), event.title()), kind, extension);
        target.ifPresent(file -> runner.run(Messages.get("publish.saving", file.getFileName()),
                progress -> announcements.write(file, content),
                saved -> notifier.notify(Messages.get("publish.saved", saved)),
                failure -> dialogs.showError(Messages.get("publish.saveFailed"), Messages.reason(failure))));
    }

    /** Copies the invitation as rich text (HTML) together with its plain text. */
    public void copyRich(Clipboard clipboard) {
        if (!html.get().isEmpty()) {
            clipboard.put(html.get(), text.get());
            notifier.notify(Messages.get("publish.copied"));
        }
    }

    /** Copies what is shown as plain text. */
    public void copyText(Clipboard clipboard) {
        if (!text.get().isEmpty()) {
            clipboard.put(null, text.get());
            notifier.notify(Messages.get("publish.copied"));
        }
    }

    public ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public ObjectProperty<Speaker> speakerProperty() {
        return speaker;
    }

    public ObservableList<Speaker> speakers() {
        return speakers;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty htmlProperty() {
        return html.getReadOnlyProperty();
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Whether the rich forms (HTML page, rich copy) apply: only the invitation has them. */
    public BooleanBinding richProperty() {
        return Bindings.createBooleanBinding(() -> !html.get().isEmpty(), html);
    }

    public BooleanBinding briefingProperty() {
        return Bindings.createBooleanBinding(() -> shown.get() == Shown.BRIEFING && speaker.get() != null, shown, speaker);
    }
}
