package org.copkit.api.learning;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
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
 * @param cancelledAt when its organisers cancelled it, if they did: a cancelled event takes no
 *     registration, and every registration it had was cancelled with it
 * @param cancellationReason why it was cancelled, empty when it was not
 * @param version the optimistic-locking version; every registration moves it on
 */
public record CalendarEvent(CalendarEventId id, CommunityId community, EventKind kind, String title,
    String description, EventFormat format, String location, Instant startsAt, Instant endsAt, ZoneId zone,
    int capacity, Set<CompetenceLevel> competences, MemberId organiser, long registrations,
    Optional<Instant> cancelledAt, String cancellationReason, long version) {

  /** The longest reason for a cancellation. */
  public static final int MAX_REASON = 500;

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
    Validation.required("cancelledAt", cancelledAt);
    cancellationReason = Validation.optionalText("cancellationReason", cancellationReason, MAX_REASON);
    if (cancelledAt.isEmpty() && !cancellationReason.isEmpty()) {
      throw new InvalidInputException("cancellationReason", "must be empty for an event not cancelled");
    }
    Validation.notNegative("version", version);
  }

  /**
   * A new event, not cancelled, with no registration yet, at version 0.
   *
   * @param id its ID
   * @param community its community
   * @param kind what kind of event
   * @param title its title
   * @param description what it is about
   * @param format online or on site
   * @param location the link or the place
   * @param startsAt when it starts
   * @param endsAt when it ends
   * @param zone its time zone
   * @param capacity how many seats
   * @param competences the competences it addresses
   * @param organiser who scheduled it
   * @return the event
   */
  public static CalendarEvent scheduled(CalendarEventId id, CommunityId community, EventKind kind, String title,
      String description, EventFormat format, String location, Instant startsAt, Instant endsAt, ZoneId zone,
      int capacity, Set<CompetenceLevel> competences, MemberId organiser) {
    return new CalendarEvent(id, community, kind, title, description, format, location, startsAt, endsAt, zone,
        capacity, competences, organiser, 0, Optional.empty(), "", 0);
  }

  /** @return whether its organisers cancelled it */
  public boolean cancelled() {
    return cancelledAt.isPresent();
  }

  /**
   * @param edit the new details
   * @param newStartsAt when it starts now
   * @param newEndsAt when it ends now
   * @return this event with the edited details, its registrations and version kept
   */
  public CalendarEvent edited(EditEvent edit, Instant newStartsAt, Instant newEndsAt) {
    return new CalendarEvent(id, community, kind, edit.title(), edit.description(), edit.format(), edit.location(),
        newStartsAt, newEndsAt, edit.zone(), edit.capacity(), edit.competences(), organiser, registrations,
        cancelledAt, cancellationReason, version);
  }

  /**
   * @param at when
   * @param reason why, 1 to {@value #MAX_REASON} characters
   * @return this event, cancelled
   */
  public CalendarEvent cancel(Instant at, String reason) {
    return new CalendarEvent(id, community, kind, title, description, format, location, startsAt, endsAt, zone,
        capacity, competences, organiser, registrations, Optional.of(at), Validation.name("reason", reason, MAX_REASON),
        version);
  }

  /** @return this event after one more registration was taken */
  public CalendarEvent withRegistrationTaken() {
    return new CalendarEvent(id, community, kind, title, description, format, location, startsAt, endsAt, zone,
        capacity, competences, organiser, registrations + 1, cancelledAt, cancellationReason, version);
  }

  /**
   * @param version another version
   * @return the same event at that version
   */
  public CalendarEvent withVersion(long version) {
    return new CalendarEvent(id, community, kind, title, description, format, location, startsAt, endsAt, zone,
        capacity, competences, organiser, registrations, cancelledAt, cancellationReason, version);
  }
}
