package org.podium.ui.eventform;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.podium.domain.Event;
import org.podium.ui.forms.EditConflict.Field;

/**
 * The scheduling form's fields as a conflict compares them: each one's value in an event,
 * and how the form takes another coordinator's value of it.
 */
final class EventConflictFields {
    private EventConflictFields() {
    }

    /**
     * The fields, with series and organisers named through {@code seriesName} and
     * {@code organisers} as the form shows them.
     */
    static List<Field<Event>> of(EventFormViewModel m, Function<Event, String> seriesName,
                                 Function<Event, List<OrganiserChoice>> organisers) {
        return List.of(
                new Field<>("form.title", Event::title, e -> m.titleProperty().set(e.title())),
                new Field<>("form.subtitle", Event::subtitle, e -> m.subtitleProperty().set(e.subtitle())),
                new Field<>("form.secondTitle", Event::secondTitle, e -> m.secondTitleProperty().set(e.secondTitle())),
                new Field<>("form.kind", Event::kind, e -> m.kindProperty().set(e.kind())),
                new Field<>("form.series", seriesName, e -> m.seriesNameProperty().set(seriesName.apply(e))),
                new Field<>("form.status", Event::status, e -> m.statusProperty().set(e.status())),
                new Field<>("form.date", e -> e.start().toLocalDate(),
                        e -> m.dateProperty().set(e.start().toLocalDate())),
                new Field<>("form.time", e -> TimeText.format(e.start().toLocalTime()),
                        e -> m.startTimeProperty().set(TimeText.format(e.start().toLocalTime()))),
                new Field<>("conflict.minutes", Event::minutes,
                        e -> m.durationProperty().set(String.valueOf(e.minutes()))),
                new Field<>("form.zone", Event::zone, e -> m.zoneProperty().set(e.zone())),
                new Field<>("form.platform", Event::platform, e -> m.platformProperty().set(e.platform())),
                new Field<>("form.registrationUrl", Event::registrationUrl,
                        e -> m.registrationUrlProperty().set(e.registrationUrl())),
                new Field<>("form.accessUrl", Event::accessUrl, e -> m.accessUrlProperty().set(e.accessUrl())),
                new Field<>("form.recordingUrl", Event::recordingUrl,
                        e -> m.recordingUrlProperty().set(e.recordingUrl())),
                new Field<>("form.reportUrl", Event::reportUrl, e -> m.reportUrlProperty().set(e.reportUrl())),
                new Field<>("form.capacity", Event::capacity,
                        e -> m.capacityProperty().set(e.capacity() == null ? "" : String.valueOf(e.capacity()))),
                new Field<>("form.public", Event::isPublic, e -> m.publicProperty().set(e.isPublic())),
                new Field<>("form.recorded", Event::recorded, e -> m.recordedProperty().set(e.recorded())),
                new Field<>("form.section.organisers", e -> organisers.apply(e).stream()
                        .map(o -> o.organisation().name() + " (" + o.role() + ")").collect(Collectors.joining(", ")),
                        e -> m.organisers().setAll(organisers.apply(e))),
                new Field<>("form.section.goals", e -> new TreeSet<>(e.sdgs()), e -> {
                    m.sdgs().clear();
                    m.sdgs().addAll(e.sdgs());
                }),
                new Field<>("form.section.description", Event::description,
                        e -> m.descriptionProperty().set(e.description())));
    }
}
