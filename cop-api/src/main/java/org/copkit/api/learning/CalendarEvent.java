package org.copkit.api.learning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceLevel;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A learning event on a community's calendar: a course, a seminar, a good-practice session, a
 * conference or a meeting of the working group.
 *
 * @param id its ID
 * @param community its community
 * @param kind what kind of event
 * @param title its title
 * @param description what it is about
 * @param format online or on site
 * @param location the link to join or the place
 * @param startsAt when it starts
 * @param endsAt when it ends, after it starts
 * @param zone the time zone it is scheduled in, for showing its times
 * @param capacity how many seats
 * @param competences the competences it addresses
 * @param organiser who scheduled it
 * @param registrations how many registrations it has taken so far, cancelled ones included: the
 *     next registration's number in the order of registration
 * @param version the optimistic-locking version; every registration moves it on
 */
public record CalendarEvent(CalendarEventId id, CommunityId community, EventKind kind, String title,
    String description, EventFormat format, String location, Instant startsAt, Instant endsAt, ZoneId zone,
    int capacity, Set<CompetenceLevel> competences, MemberId organiser, long registrations, long version) {

  /** The most seats an event has. */
  public static final int MAX_CAPACITY = 10_000;

  /** Validates the fields. */
  public CalendarEvent {
    Validation.required("id", id);
    Validation.required("community", community);
    Validation.required("kind", kind);
    title = Validation.name("title", title, 200);
    description = Validation.optionalText("description", description, 5000);
    Validation.required("format", format);
    location = Validation.text("location", location, Links.MAX_LENGTH);
    Validation.required("startsAt", startsAt);
    Validation.required("endsAt", endsAt);
    if (!endsAt.isAfter(startsAt)) {
      throw new InvalidInputException("endsAt", "must be after startsAt");
    }
    Validation.required("zone", zone);
    Validation.between("capacity", capacity, 1, MAX_CAPACITY);
    competences = Alignment.competences(competences);
    Validation.required("organiser", organiser);
    Validation.notNegative("registrations", registrations);
    Validation.notNegative("version", version);
  }

  /** @return this event after one more registration was taken */
  public CalendarEvent withRegistrationTaken() {
    return new CalendarEvent(id, community, kind, title, description, format, location, startsAt, endsAt, zone,
        capacity, competences, organiser, registrations + 1, version);
  }

  /**
   * @param version another version
   * @return the same event at that version
   */
  public CalendarEvent withVersion(long version) {
    return new CalendarEvent(id, community, kind, title, description, format, location, startsAt, endsAt, zone,
        capacity, competences, organiser, registrations, version);
  }
}
