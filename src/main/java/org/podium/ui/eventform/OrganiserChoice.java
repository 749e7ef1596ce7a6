package org.podium.ui.eventform;

import org.podium.domain.Organisation;
import org.podium.domain.OrganiserRole;

/** One organiser line of the form: an organisation and its part in this event. */
public record OrganiserChoice(Organisation organisation, OrganiserRole role) {
}
