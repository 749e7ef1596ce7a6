package org.podium.ui.suppression;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.podium.domain.Suppression;
import org.podium.service.privacy.SuppressionService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;

/**
 * The suppression list: addresses never exported again. The coordinator searches it, pastes
 * many addresses at once, removes some (with undo) and imports a mailing tool's unsubscribes.
 */
public final class SuppressionViewModel {
    /** One row of the table. */
    public record Row(String email, String reason, String since, Suppression entry) {
    }

    private static final int PROBLEMS_SHOWN = 10;

    private final SuppressionService suppressions;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final ObservableList<Row> all = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(all);
    private final StringProperty pasted = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty(Messages.get("suppression.reason.default"));

    private Runnable onChanged = () -> { };

    public SuppressionViewModel(SuppressionService suppressions, TaskRunner runner, DialogService dialogs,
                                Notifier notifier, ObservableValue<String> search) {
        this.suppressions = suppressions;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
        search.addListener((obs, old, text) -> shown.setPredicate(row -> matches(row, text)));
    }

    static boolean matches(Row row, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return (row.email() + " " + row.reason()).toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Runs {@code action} after every change to the list made here, so the Export tab's checks follow it. */
    public void whenChanged(Runnable action) {
        onChanged = action;
    }

    private void changed() {
        refresh();
        onChanged.run();
    }

    public void refresh() {
        runner.run(Messages.get("suppression.loading"), progress -> suppressions.list(),
                list -> all.setAll(list.stream().map(SuppressionViewModel::row).toList()),
                failure -> dialogs.showError(Messages.get("suppression.loadFailed"), Messages.reason(failure)));
    }

    private static Row row(Suppression s) {
        String since = DateTimeFormatter.ofPattern("d MMM yyyy", Messages.locale())
                .format(s.since().atZone(ZoneId.systemDefault()));
        return new Row(s.email(), s.reason(), since, s);
    }

    /**
     * Suppresses every address in the pasted text; what was not an address stays in the box
     * so the coordinator can correct it.
     */
    public void addPasted() {
        String text = pasted.get();
        if (text == null || text.isBlank()) {
            return;
        }
        String why = reason.get() == null ? "" : reason.get();
        runner.run(Messages.get("suppression.adding"), progress -> suppressions.add(text, why), result -> {
            pasted.set(String.join("\n", result.invalid()));
            changed();
            String message = Messages.get("suppression.added", result.added().size(), result.alreadySuppressed().size());
            if (!result.invalid().isEmpty()) {
                message += " " + Messages.get("suppression.notAddresses", result.invalid().size());
            }
            notifier.notify(message);
        }, failure -> dialogs.showError(Messages.get("suppression.addFailed"), Messages.reason(failure)));
    }

    /** Takes the rows off the list and offers to undo it. */
    public void remove(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> emails = rows.stream().map(Row::email).toList();
        runner.run(Messages.get("suppression.removing"), progress -> suppressions.remove(emails), removed -> {
            changed();
            notifier.offerUndo(Messages.get("suppression.removed", removed.size()), () ->
                    runner.run(Messages.get("suppression.restoring"), progress -> {
                        suppressions.restore(removed);
                        return removed.size();
                    }, back -> changed(),
                            failure -> dialogs.showError(Messages.get("suppression.restoreFailed"), Messages.reason(failure))));
        }, failure -> dialogs.showError(Messages.get("suppression.removeFailed"), Messages.reason(failure)));
    }

    /** Asks for a mailing tool's unsubscribe export and suppresses its addresses. */
    public void importFile() {
        dialogs.chooseOpenFile(Messages.get("suppression.import.title"), Messages.get("suppression.import.kind"),
                "csv", "txt").ifPresent(this::importFile);
    }

    void importFile(Path file) {
        String why = Messages.get("suppression.import.reason", file.getFileName().toString());
        runner.run(Messages.get("suppression.importing", file.getFileName()),
                progress -> suppressions.importFile(file, why), result -> {
                    changed();
                    String summary = Messages.get("suppression.imported", result.added(), result.alreadySuppressed(),
                            file.getFileName().toString()) + (result.guessedEncoding().isEmpty() ? ""
                            : " " + Messages.get("suppression.import.guessedEncoding", result.guessedEncoding()));
                    if (result.problems().isEmpty()) {
                        notifier.notify(summary);
                        return;
                    }
                    String lines = result.problems().stream().limit(PROBLEMS_SHOWN)
                            .map(p -> Messages.get("suppression.import.line", p.line(), Messages.say(p.text())))
                            .collect(Collectors.joining("\n"));
                    if (result.problems().size() > PROBLEMS_SHOWN) {
                        lines += "\n" + Messages.get("suppression.import.more", result.problems().size() - PROBLEMS_SHOWN);
                    }
                    dialogs.showInformation(Messages.get("suppression.import.done"), summary + "\n\n"
                            + Messages.get("suppression.import.skipped", result.problems().size()) + "\n" + lines);
                }, failure -> dialogs.showError(Messages.get("suppression.importFailed"), Messages.reason(failure)));
    }

    public ObservableList<Row> rows() {
        return shown;
    }

    public StringProperty pastedProperty() {
        return pasted;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
