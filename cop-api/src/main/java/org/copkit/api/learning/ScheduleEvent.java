package org.copkit.api.learning;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.shared.Validation;

/**
 * Command: put a learning event on a community's calendar.
 *
 * @param community the community
 * @param kind what kind of event
 * @param title its title, 1 to 200 characters
 * @param description what it is about, possibly empty, at most 5,000 characters
 * @param format online or on site
 * @param location the http or https link to join (online) or the place (on site), 1 to 2,000 characters
 * @param starts when it starts, in its time zone
 * @param ends when it ends, in its time zone: after it starts, within 31 days
 * @param zone its time zone
 * @param capacity how many seats, 1 to {@value CalendarEvent#MAX_CAPACITY}
 * @param competences the competences it addresses, as for a learning unit
 */
public record ScheduleEvent(CommunityId community, EventKind kind, String title, String description,
    EventFormat format, String location, LocalDateTime starts, LocalDateTime ends, ZoneId zone, int capacity,
    Set<CompetenceLevel> competences) {

  /** Validates the fields. */
  public ScheduleEvent {
    Validation.required("community", community);
    Validation.required("kind", kind);
    title = Validation.name("title", title, 200);
    description = Validation.optionalText("description", description, 5000);
    Validation.required("format", format);
    location = EventDetails.location(format, location);
    EventDetails.period(starts, ends, zone);
    Validation.between("capacity", capacity, 1, CalendarEvent.MAX_CAPACITY);
    competences = Alignment.competences(competences);
  }
}
