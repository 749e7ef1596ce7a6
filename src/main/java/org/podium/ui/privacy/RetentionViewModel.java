package org.podium.ui.privacy;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.service.common.Formats;
import org.podium.domain.Series;
import org.podium.service.privacy.RetentionService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.DialogTasks;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;

/**
 * The Retention dialog: the rule for the whole book and for each series (months after an
 * event), the preview of what those rules would anonymise now, and applying exactly that.
 */
public final class RetentionViewModel {
    /** Where a rule applies: the whole book ({@code seriesId} null) or one series. */
    public record Scope(Long seriesId, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** One event the rules would anonymise. */
    public record Row(String title, String series, String ended, int months, long registrants) {
    }

    private final RetentionService retention;
    private final DialogService dialogs;
    private final DialogTasks tasks;
    private final boolean readOnly;
    private final ZoneId zone;
    private final ObservableList<Scope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final StringProperty months = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper rulesText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totalText = new ReadOnlyStringWrapper("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private RetentionService.Rules rules = new RetentionService.Rules(java.util.Optional.empty(), Map.of());

    public RetentionViewModel(RetentionService retention, TaskRunner runner, DialogService dialogs, Notifier notifier,
                              Runnable changed, boolean readOnly, ZoneId zone) {
        this.retention = retention;
        this.dialogs = dialogs;
        this.tasks = new DialogTasks("retention.failed", runner, dialogs, notifier, changed);
        this.readOnly = readOnly;
        this.zone = zone;
        scope.addListener((obs, old, now) -> showMonthsOf(now));
    }

    private record Loaded(RetentionService.Rules rules, Map<Long, Series> series, List<RetentionService.Line> lines) {
    }

    /** Loads the rules and the preview they give now. */
    public void refresh() {
        tasks.run(Messages.get("retention.loading"), progress -> {
            RetentionService.Rules stored = retention.rules();
            return new Loaded(stored, retention.series(), retention.preview(stored));
        }, this::show);
    }

    private void show(Loaded loaded) {
        rules = loaded.rules();
        Scope chosen = scope.get();
        List<Scope> all = new ArrayList<>();
        all.add(new Scope(null, Messages.get("retention.scope.book")));
        loaded.series().values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .forEach(s -> all.add(new Scope(s.id(), s.name())));
        scopes.setAll(all);
        scope.set(all.stream().filter(s -> chosen != null && Objects.equals(s.seriesId(), chosen.seriesId()))
                .findFirst().orElse(all.get(0)));
        showMonthsOf(scope.get());
        List<String> parts = new ArrayList<>();
        rules.bookMonths().ifPresent(m -> parts.add(Messages.get("retention.rule", Messages.get("retention.scope.book"), m)));
        rules.seriesMonths().forEach((id, m) -> parts.add(Messages.get("retention.rule",
                loaded.series().containsKey(id) ? loaded.series().get(id).name() : "#" + id, m)));
        rulesText.set(parts.isEmpty() ? Messages.get("retention.noRules")
                : Messages.get("retention.rules", String.join(" · ", parts)));
        DateTimeFormatter date = Formats.date(Messages.locale()).withZone(zone);
        rows.setAll(loaded.lines().stream().map(l -> new Row(l.title() + (l.inTrash() ? " " + Messages.get("retention.inTrash") : ""),
                l.series(), date.format(l.end()), l.months(), l.registrants())).toList());
        long total = loaded.lines().stream().mapToLong(RetentionService.Line::registrants).sum();
        // With nothing due the table's placeholder says so; the line under it stays empty.
        totalText.set(rows.isEmpty() ? "" : Messages.get("retention.due", total, rows.size()));
    }

    private void showMonthsOf(Scope s) {
        if (s == null) {
            return;
        }
        Integer value = s.seriesId() == null ? rules.bookMonths().orElse(null) : rules.seriesMonths().get(s.seriesId());
        months.set(value == null ? "" : String.valueOf(value));
    }

    /** Stores the months typed for the chosen scope; an empty field removes that rule. */
    public void saveRule() {
        Scope s = scope.get();
        if (s == null || readOnly) {
            return;
        }
        Integer value;
        try {
            value = months.get().isBlank() ? null : Integer.valueOf(months.get().strip());
        } catch (NumberFormatException e) {
            tasks.failed(Messages.get("retention.badMonths", months.get()));
            return;
        }
        tasks.run(Messages.get("retention.saving"), progress -> {
            if (s.seriesId() == null) {
                retention.setBookMonths(value);
            } else {
                retention.setSeriesMonths(s.seriesId(), value);
            }
            return s;
        }, saved -> refresh());
    }

    /** Asks, then anonymises what the preview shows, recomputed under the same rules. */
    public void apply() {
        if (rows.isEmpty() || readOnly) {
            return;
        }
        RetentionService.Rules applying = rules;
        if (!dialogs.confirm(Messages.get("retention.apply.title"), Messages.get("retention.apply.message",
                totalText.get()), Messages.get("retention.apply.yes"), Messages.get("common.cancel"))) {
            return;
        }
        tasks.change(Messages.get("retention.applying"), progress -> retention.apply(applying),
                lines -> Messages.get("retention.applied", lines.stream().mapToLong(RetentionService.Line::registrants)
                        .sum(), lines.size()), done -> refresh());
    }

    public ObservableList<Scope> scopes() {
        return scopes;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public StringProperty monthsProperty() {
        return months;
    }

    public ReadOnlyStringProperty rulesTextProperty() {
        return rulesText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalTextProperty() {
        return totalText.getReadOnlyProperty();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public boolean readOnly() {
        return readOnly;
    }
}
