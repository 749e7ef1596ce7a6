package org.podium.domain;

/** The kinds of registrant and attendance files Podium recognises, with the source they stand for. */
public enum ReportFormat {
    GENERIC(RegistrationSource.CSV, "plain CSV"),
    ZOOM_REGISTRATION(RegistrationSource.ZOOM, "Zoom registration report"),
    ZOOM_ATTENDEE(RegistrationSource.ZOOM, "Zoom attendee report"),
    EVENTBRITE(RegistrationSource.EVENTBRITE, "Eventbrite attendee export"),
    TEAMS_ATTENDANCE(RegistrationSource.TEAMS, "Teams attendance report"),
    /** Podium's own lossless archive: each row names its source, which is kept; CSV only stands in for a blank one. */
    FULL(RegistrationSource.CSV, "Podium full export");

    private final RegistrationSource source;
    private final String description;

    ReportFormat(RegistrationSource source, String description) {
        this.source = source;
        this.description = description;
    }

    /** The source recorded on registrations that come from such a file. */
    public RegistrationSource source() {
        return source;
    }

    /** A short English name, as the command line prints it. */
    public String description() {
        return description;
    }
}
