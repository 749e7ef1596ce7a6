package org.podium.ui.importing;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Event;
import org.podium.domain.RegistrantField;
import org.podium.domain.ReportFormat;
import org.podium.service.importing.AttendanceService;
import org.podium.service.importing.AttendanceSummary;
import org.podium.service.common.CancelledException;
import org.podium.service.importing.ImportOptions;
import org.podium.service.importing.ImportPreview;
import org.podium.service.importing.ImportProblem;
import org.podium.service.importing.ImportSummary;
import org.podium.service.importing.RegistrationImportService;
import org.podium.ui.common.DialogService;
import org.podium.ui.common.Messages;
import org.podium.ui.common.Notifier;
import org.podium.ui.common.TaskRunner;
import org.podium.ui.common.Texts;

/**
 * The import of one file into an event, as the window walks the coordinator through it: the
 * file read whole without writing (how it was read, the column mapping, the first rows as they
 * would be stored, every problem with its line), then, on their word, written in one
 * transaction with progress and Cancel. The same dialog reconciles an attendance report; a
 * Zoom attendee or Teams attendance report opens as one.
 */
public final class ImportViewModel {
    /** What the file does to the event. */
    public enum Kind {
        /** Adds (or updates) registrants. */
        REGISTRANTS,
        /** Marks who attended, who did not, and adds attendees who never registered. */
        ATTENDANCE
    }

    private final RegistrationImportService imports;
    private final AttendanceService attendance;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final LongConsumer imported;

    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(Kind.REGISTRANTS);
    private final ObjectProperty<ImportOptions.Format> format = new SimpleObjectProperty<>(ImportOptions.Format.AUTO);
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final BooleanProperty update = new SimpleBooleanProperty(false);
    private final ObservableList<ImportColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<ImportPreview.PreviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ImportProblemLine> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper readAs = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper encodingNotice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper mappingFixed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AttendanceSummary> attendanceCheck = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canImport;
    private final javafx.beans.binding.StringBinding whyNot;

    private Event event;
    private boolean kindFromFile;
    private boolean applying;
    private long generation;

    public ImportViewModel(RegistrationImportService imports, AttendanceService attendance, TaskRunner runner,
                           DialogService dialogs, Notifier notifier, LongConsumer imported) {
        this.imports = imports;
        this.attendance = attendance;
        this.runner = runner;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.imported = imported;
        canImport = Bindings.createBooleanBinding(this::importable, preview, attendanceCheck, skipInvalid,
                previewing, importing, done, kind);
        whyNot = Bindings.createStringBinding(this::whyNotImportable, preview, attendanceCheck, skipInvalid,
                previewing, importing, done, kind);
        kind.addListener((obs, old, now) -> {
            kindFromFile = false;
            optionsChanged();
        });
        format.addListener((obs, old, now) -> {
            columns.clear();
            optionsChanged();
        });
        update.addListener((obs, old, now) -> optionsChanged());
        skipInvalid.addListener((obs, old, now) -> describe());
    }

    /** Asks for a registrant file and previews importing it into the event. */
    public void chooseRegistrants(Event target) {
        choose(target, Kind.REGISTRANTS, "import.choose.registrants");
    }

    /** Asks for an attendance report and previews reconciling the event with it. */
    public void chooseAttendance(Event target) {
        choose(target, Kind.ATTENDANCE, "import.choose.attendance");
    }

    private void choose(Event target, Kind chosen, String titleKey) {
        if (target == null) {
            return;
        }
        dialogs.chooseOpenFile(Messages.get(titleKey), Messages.get("import.fileKind"), "csv", "txt", "tsv")
                .ifPresent(path -> open(target, path, chosen, false));
    }

    /**
     * Previews a file dropped on the registrant table: registrants, unless the file turns out to
     * be a platform's attendance report, which opens as one.
     */
    public void dropped(Event target, Path path) {
        if (target != null && path != null) {
            open(target, path, Kind.REGISTRANTS, true);
        }
    }

    private void open(Event target, Path path, Kind chosen, boolean decideFromFile) {
        event = target;
        file.set(path);
        applying = true;
        kind.set(chosen);
        format.set(ImportOptions.Format.AUTO);
        skipInvalid.set(false);
        update.set(false);
        applying = false;
        kindFromFile = decideFromFile;
        // Nothing of the last file may show while this one is read.
        columns.clear();
        rows.clear();
        problems.clear();
        preview.set(null);
        attendanceCheck.set(null);
        readAs.set("");
        encodingNotice.set("");
        mappingFixed.set(false);
        done.set(false);
        outcome.set("");
        describe();
        open.set(true);
        refresh();
    }

    private void optionsChanged() {
        if (!applying && open.get() && !done.get()) {
            refresh();
        }
    }

    ImportOptions options() {
        List<RegistrantField> mapping = columns.stream().anyMatch(ImportColumn::changed)
                ? columns.stream().map(c -> c.fieldProperty().get()).toList() : List.of();
        return new ImportOptions(format.get(), mapping, skipInvalid.get(), update.get(), false);
    }

    private record Checked(ImportPreview preview, AttendanceSummary attendance) {
    }

    /** Reads the whole file again with the current choices; a newer reading replaces one still running. */
    public void refresh() {
        if (event == null || file.get() == null) {
            return;
        }
        long mine = ++generation;
        long eventId = event.id();
        Path path = file.get();
        Kind wanted = kind.get();
        ImportOptions options = options();
        if (previewing.get()) {
            // The reading under way is of choices no longer wanted: stop it rather than wait for it.
            runner.cancel();
        }
        previewing.set(true);
        runner.run(Messages.get("import.previewing", path.getFileName()), progress -> {
            ImportPreview read = imports.preview(path, eventId, options, progress);
            boolean asAttendance = wanted == Kind.ATTENDANCE || kindFromFile && isAttendanceReport(read.format());
            return new Checked(read, asAttendance && read.format() != null
                    ? attendance.reconcile(path, eventId, options.withDryRun(true), progress) : null);
        }, checked -> {
            if (mine == generation) {
                previewing.set(false);
                apply(checked);
            }
        }, failure -> {
            if (mine == generation) {
                previewing.set(false);
                preview.set(null);
                attendanceCheck.set(null);
                if (failure instanceof CancelledException) {
                    close();
                } else {
                    problems.setAll(new ImportProblemLine(Messages.get("import.problem.file"), Messages.reason(failure), true));
                    describe();
                }
            }
        });
    }

    private static boolean isAttendanceReport(ReportFormat format) {
        return format == ReportFormat.ZOOM_ATTENDEE || format == ReportFormat.TEAMS_ATTENDANCE;
    }

    private void apply(Checked checked) {
        ImportPreview read = checked.preview();
        if (kindFromFile && checked.attendance() != null) {
            applying = true;
            kind.set(Kind.ATTENDANCE);
            applying = false;
        }
        kindFromFile = false;
        attendanceCheck.set(checked.attendance());
        preview.set(read);
        mappingFixed.set(read.format() == ReportFormat.FULL);
        if (columns.size() != read.columns().size()) {
            columns.setAll(read.columns().stream().map(this::choice).toList());
        }
        // The rows a registrant import would store say nothing true of an attendance report.
        rows.setAll(checked.attendance() == null ? read.rows() : List.of());
        problems.setAll(shownProblems(read, checked.attendance()).stream().map(ImportProblemLine::of).toList());
        readAs.set(read.format() == null ? "" : Messages.get("import.readAs", Texts.of(read.format()),
                read.encoding(), delimiter(read.delimiter()), read.headerLine(),
                Messages.get(read.dateOrder().startsWith("day") ? "import.dates.dayFirst" : "import.dates.monthFirst")));
        encodingNotice.set(read.encodingNotice() == null ? "" : Messages.say(read.encodingNotice()));
        describe();
    }

    private static String delimiter(String shown) {
        return switch (shown) {
            case "," -> Messages.get("import.delimiter.comma");
            case ";" -> Messages.get("import.delimiter.semicolon");
            case "tab" -> Messages.get("import.delimiter.tab");
            default -> Messages.get("import.delimiter.other", shown);
        };
    }

    private ImportColumn choice(ImportPreview.Column column) {
        ImportColumn choice = new ImportColumn(column);
        choice.fieldProperty().addListener((obs, old, now) -> optionsChanged());
        return choice;
    }

    /** The problems of the reading that decides: an attendance check reads rows its own way. */
    private static List<ImportProblem> shownProblems(ImportPreview read, AttendanceSummary check) {
        if (check == null) {
            return read.problems();
        }
        return Stream.concat(check.errors().stream(), check.notices().stream())
                .sorted(Comparator.comparingLong(ImportProblem::line)).toList();
    }

    private boolean importable() {
        ImportPreview read = preview.get();
        if (read == null || previewing.get() || importing.get() || done.get()) {
            return false;
        }
        if (kind.get() == Kind.ATTENDANCE) {
            AttendanceSummary check = attendanceCheck.get();
            return check != null && read.canImport(true) && (check.errorRows() == 0 || skipInvalid.get());
        }
        return read.canImport(skipInvalid.get());
    }

    /**
     * Why Import is disabled, for the line beside the button; empty while it is enabled, and
     * while reading or writing, which the progress bar already shows.
     */
    private String whyNotImportable() {
        ImportPreview read = preview.get();
        if (canImport.get() || read == null || previewing.get() || importing.get() || done.get()) {
            return "";
        }
        if (read.format() == null || read.problems().stream().anyMatch(p -> p.kind() == ImportProblem.Kind.FILE)) {
            return Messages.get("import.whyNot.file");
        }
        long errors = read.errorRows();
        if (kind.get() == Kind.ATTENDANCE && attendanceCheck.get() != null) {
            errors = attendanceCheck.get().errorRows();
        }
        if (read.validRows() == 0) {
            return Messages.get("import.whyNot.noValidRows");
        }
        if (errors > 0 && !skipInvalid.get()) {
            return Messages.get("import.whyNot.problems", errors);
        }
        return Messages.get("import.whyNot.checking");
    }

    /** The counts line and the import button's words, after every change. */
    private void describe() {
        ImportPreview read = preview.get();
        if (read == null || read.format() == null) {
            counts.set("");
            importLabel.set(Messages.get(kind.get() == Kind.ATTENDANCE ? "import.apply.attendance" : "import.apply.none"));
            return;
        }
        AttendanceSummary check = attendanceCheck.get();
        if (kind.get() == Kind.ATTENDANCE && check != null) {
            counts.set(Messages.get("import.counts.attendance", check.rows(), check.attended(), check.noShow(),
                    check.unregisteredAttendees(), check.errorRows()) + erasedCount(check.erasedSkipped()));
            importLabel.set(Messages.get("import.apply.attendance"));
            return;
        }
        long distinct = read.validRows() - read.duplicatesInFile() - read.erasedSkipped();
        long added = Math.max(0, distinct - read.alreadyRegistered());
        counts.set(Messages.get(update.get() ? "import.counts.update" : "import.counts", read.dataRows(), added,
                read.alreadyRegistered(), read.duplicatesInFile(), read.errorRows())
                + erasedCount(read.erasedSkipped()));
        importLabel.set(Messages.get("import.apply", added));
    }

    /** The part of the counts line for rows left out as erased on request, when there are any. */
    private static String erasedCount(long erased) {
        return erased == 0 ? "" : " · " + Messages.get("import.counts.erased", erased);
    }

    /** Writes the file in one transaction with progress; the outcome is shown and the table reloads. */
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        long eventId = event.id();
        Path path = file.get();
        ImportOptions options = options();
        Kind writing = kind.get();
        importing.set(true);
        outcome.set("");
        runner.run(Messages.get("import.writing", path.getFileName()), progress -> writing == Kind.ATTENDANCE
                ? attendance.reconcile(path, eventId, options, progress)
                : imports.commit(path, eventId, options, progress), result -> {
                    importing.set(false);
                    finished(eventId, result);
                }, failure -> {
                    importing.set(false);
                    if (failure instanceof CancelledException) {
                        outcome.set(Messages.get("import.cancelled"));
                        notifier.notifyAbout(eventId, Messages.get("import.cancelled"));
                    } else {
                        dialogs.showError(Messages.get("import.failed"), Messages.reason(failure));
                    }
                });
    }

    private static String erasedDone(long erased) {
        return erased == 0 ? "" : " " + Messages.get("import.done.erased", erased);
    }

    private void finished(long eventId, Object result) {
        boolean written;
        String said;
        List<ImportProblem> errors;
        if (result instanceof AttendanceSummary s) {
            written = s.written();
            errors = s.errors();
            said = Messages.get("import.done.attendance", s.attended(), s.noShow(), s.unregisteredAttendees())
                    + erasedDone(s.erasedSkipped());
        } else {
            ImportSummary s = (ImportSummary) result;
            written = s.written();
            errors = s.errors();
            said = Messages.get("import.done", s.imported(), s.updated(), s.unchanged(), s.skipped(),
                    s.waitlisted()) + erasedDone(s.erasedSkipped());
        }
        if (!written) {
            // The file changed since the preview: say what is wrong now, and write nothing.
            problems.setAll(errors.stream().map(ImportProblemLine::of).toList());
            outcome.set(Messages.get("import.notWritten"));
            return;
        }
        done.set(true);
        outcome.set(said);
        notifier.notifyAbout(eventId, said);
        imported.accept(eventId);
    }

    /** Stops the reading or writing under way; a cancelled import writes nothing. */
    public void cancel() {
        if (previewing.get() || importing.get()) {
            runner.cancel();
        }
    }

    /** Closes the dialog, stopping whatever it was doing. */
    public void close() {
        cancel();
        generation++;
        previewing.set(false);
        open.set(false);
    }

    /** Whether the dialog is showing. */
    public ReadOnlyBooleanProperty openProperty() { return open.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Path> fileProperty() { return file.getReadOnlyProperty(); }
    public ObjectProperty<Kind> kindProperty() { return kind; }
    public ObjectProperty<ImportOptions.Format> formatProperty() { return format; }
    public BooleanProperty skipInvalidProperty() { return skipInvalid; }
    public BooleanProperty updateProperty() { return update; }
    public ObservableList<ImportColumn> columns() { return columns; }
    /** The first rows exactly as they would be stored. */
    public ObservableList<ImportPreview.PreviewRow> rows() { return rows; }
    public ObservableList<ImportProblemLine> problems() { return problems; }
    /** "Zoom registration report · UTF-8 · comma · header on line 7 · dates day/month/year". */
    public ReadOnlyStringProperty readAsProperty() { return readAs.getReadOnlyProperty(); }
    /** Why the file was read as Windows-1252, or empty. */
    public ReadOnlyStringProperty encodingNoticeProperty() { return encodingNotice.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countsProperty() { return counts.getReadOnlyProperty(); }
    /** What the import did, once it is done or was cancelled. */
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }
    public ReadOnlyStringProperty importLabelProperty() { return importLabel.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty previewingProperty() { return previewing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty importingProperty() { return importing.getReadOnlyProperty(); }
    /** Whether the file was written; the dialog then only closes. */
    public ReadOnlyBooleanProperty doneProperty() { return done.getReadOnlyProperty(); }
    /** Whether the columns cannot be chosen: Podium's own full export is read as it was written. */
    public ReadOnlyBooleanProperty mappingFixedProperty() { return mappingFixed.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() { return preview.getReadOnlyProperty(); }
    public BooleanBinding canImportProperty() { return canImport; }
    /** Why Import is disabled ("3 rows have problems: tick …"), or empty while it is enabled. */
    public javafx.beans.binding.StringBinding whyNotProperty() { return whyNot; }
    /** How far the reading or writing is, from 0 to 1, or -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() { return runner.progressProperty(); }

    /** The event the dialog imports into, or empty. */
    public Optional<Event> event() {
        return Optional.ofNullable(event);
    }
}
