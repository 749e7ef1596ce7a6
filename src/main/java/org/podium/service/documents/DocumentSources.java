package org.podium.service.documents;

import java.time.Clock;
import org.podium.service.common.SafeFiles;
import org.podium.service.directory.DirectoryService;
import org.podium.service.events.EventService;

/**
 * What every document of an event is drawn from and written with: the event and its panel, the
 * people and organisations in the directory, the clock that dates it, and the safe writer of its
 * file. Built once with the book and shared by the calendar, cue sheet, announcement and
 * briefing services.
 */
public record DocumentSources(EventService events, DirectoryService directory, Clock clock, SafeFiles files) {
}
