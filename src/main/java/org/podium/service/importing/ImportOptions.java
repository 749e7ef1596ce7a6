package org.podium.service.importing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.podium.domain.RegistrantField;
import org.podium.domain.ReportFormat;

/**
 * How to import a registrant file. {@code format} narrows detection (AUTO recognises every
 * format); {@code mapping} gives the field of every column, in column order, to override the
 * detected one (empty keeps detection's, as {@link ImportPreview#columns()} shows it);
 * {@code skipInvalid} imports the good rows of a file that has bad ones; {@code update} gives
 * registrants already in the event the file's values (matched by email, ignoring case and
 * surrounding spaces) instead of leaving them as they are; {@code dryRun} checks and counts
 * everything but writes nothing.
 */
public record ImportOptions(Format format, List<RegistrantField> mapping, boolean skipInvalid, boolean update,
                            boolean dryRun) {
    /** The formats a file may be read as; the command line's {@code --format}. */
    public enum Format {
        AUTO, GENERIC, ZOOM, EVENTBRITE, TEAMS, FULL
    }

    public ImportOptions {
        format = format == null ? Format.AUTO : format;
        mapping = mapping == null ? List.of() : List.copyOf(mapping);
    }

    /** Automatic detection, detected mapping, all-or-nothing, existing registrants left alone, written. */
    public static ImportOptions defaults() {
        return new ImportOptions(Format.AUTO, List.of(), false, false, false);
    }

    public ImportOptions withFormat(Format value) {
        return new ImportOptions(value, mapping, skipInvalid, update, dryRun);
    }

    /** The field of every column in order; an empty list keeps the detected mapping. */
    public ImportOptions withMapping(List<RegistrantField> value) {
        return new ImportOptions(format, value, skipInvalid, update, dryRun);
    }

    public ImportOptions withSkipInvalid(boolean value) {
        return new ImportOptions(format, mapping, value, update, dryRun);
    }

    public ImportOptions withUpdate(boolean value) {
        return new ImportOptions(format, mapping, skipInvalid, value, dryRun);
    }

    public ImportOptions withDryRun(boolean value) {
        return new ImportOptions(format, mapping, skipInvalid, update, value);
    }

    /** The file formats detection may choose from; empty means all. */
    Set<ReportFormat> allowed() {
        return switch (format) {
            case AUTO -> Set.of();
            case GENERIC -> EnumSet.of(ReportFormat.GENERIC);
            case ZOOM -> EnumSet.of(ReportFormat.ZOOM_REGISTRATION, ReportFormat.ZOOM_ATTENDEE);
            case EVENTBRITE -> EnumSet.of(ReportFormat.EVENTBRITE);
            case TEAMS -> EnumSet.of(ReportFormat.TEAMS_ATTENDANCE);
            case FULL -> EnumSet.of(ReportFormat.FULL);
        };
    }
}
