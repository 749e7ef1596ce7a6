package org.podium.ui.common;

/** The style-class names of podium.css, named once so views and CSS agree. */
public final class StyleClasses {
    public static final String SIDEBAR = "podium-sidebar";
    public static final String STATUS_BAR = "podium-status-bar";
    public static final String PAST_EVENT = "podium-past-event";
    public static final String DETAILS = "podium-details";
    public static final String DETAILS_TITLE = "podium-details-title";
    public static final String DETAILS_SUBTITLE = "podium-details-subtitle";
    public static final String SECTION_HEADING = "podium-section-heading";
    public static final String FIELD_LABEL = "podium-field-label";
    public static final String MUTED = "podium-muted";
    public static final String STATUS_CHIP = "podium-status";
    public static final String PLACEHOLDER = "podium-placeholder";
    public static final String FIELD_ERROR = "podium-field-error";
    /** A list cell whose text wraps to the list's width, as tall as its lines. */
    public static final String WRAPPED_CELL = "podium-wrapped-cell";
    public static final String ICON_SUCCESS = "podium-icon-success";
    public static final String ICON_WARNING = "podium-icon-warning";
    public static final String ICON_DANGER = "podium-icon-danger";
    /** The root of every dialog's scene: its edge drawn against the window. */
    public static final String DIALOG = "podium-dialog";

    private StyleClasses() {
    }

    /** The chip style for an event status, such as {@code podium-status-concluded}. */
    public static String statusChip(Enum<?> status) {
        return STATUS_CHIP + "-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
