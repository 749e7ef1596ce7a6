package org.podium.domain;

/** Where one registrant stands for one event. */
public enum RegistrationStatus {
    REGISTERED, WAITLISTED, CANCELLED, ATTENDED, NO_SHOW
}
