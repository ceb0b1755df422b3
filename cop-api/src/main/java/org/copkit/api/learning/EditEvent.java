package org.copkit.api.learning;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.shared.Validation;

/**
 * Command: change a learning event's details before it starts. Its kind, community and organiser
 * stay; every other detail is given again, as in {@link ScheduleEvent}.
 *
 * @param event the event
 * @param title its title, 1 to 200 characters
 * @param description what it is about, possibly empty, at most 5,000 characters
 * @param format online or on site
 * @param location the http or https link to join (online) or the place (on site)
 * @param starts when it starts, in its time zone: in the future
 * @param ends when it ends, in its time zone: after it starts, within 31 days
 * @param zone its time zone
 * @param capacity how many seats: at least as many as are confirmed, at most {@value
 *     CalendarEvent#MAX_CAPACITY}; more seats go to the waiting list in order
 * @param competences the competences it addresses
 */
public record EditEvent(CalendarEventId event, String title, String description, EventFormat format, String location,
    LocalDateTime starts, LocalDateTime ends, ZoneId zone, int capacity, Set<CompetenceLevel> competences) {

  /** Validates the fields. */
  public EditEvent {
    Validation.required("event", event);
    title = Validation.name("title", title, 200);
    description = Validation.optionalText("description", description, 5000);
    Validation.required("format", format);
    location = EventDetails.location(format, location);
    EventDetails.period(starts, ends, zone);
    Validation.between("capacity", capacity, 1, CalendarEvent.MAX_CAPACITY);
    competences = Alignment.competences(competences);
  }

  /**
   * @param event an event
   * @return a command that changes nothing of it, to change with the {@code with…} methods
   */
  public static EditEvent of(CalendarEvent event) {
    return new EditEvent(event.id(), event.title(), event.description(), event.format(), event.location(),
        event.startsAt().atZone(event.zone()).toLocalDateTime(), event.endsAt().atZone(event.zone()).toLocalDateTime(),
        event.zone(), event.capacity(), event.competences());
  }

  /**
   * @param newCapacity how many seats
   * @return this command with another capacity
   */
  public EditEvent withCapacity(int newCapacity) {
    return new EditEvent(event, title, description, format, location, starts, ends, zone, newCapacity, competences);
  }

  /**
   * @param newStarts when it starts
   * @param newEnds when it ends
   * @param newFormat online or on site
   * @param newLocation the link or the place
   * @return this command with another time and place
   */
  public EditEvent movedTo(LocalDateTime newStarts, LocalDateTime newEnds, EventFormat newFormat, String newLocation) {
    return new EditEvent(event, title, description, newFormat, newLocation, newStarts, newEnds, zone, capacity, competences);
  }
}
