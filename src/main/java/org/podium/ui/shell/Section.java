package org.podium.ui.shell;

/** The places the sidebar leads to. */
public enum Section {
    EVENTS, PEOPLE, ORGANISATIONS, SUPPRESSION
}
