package org.copkit.api.learning;

import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A member's registration to a learning event: one per member and event.
 *
 * @param event the event
 * @param community the event's community
 * @param member who registered
 * @param number its place in the order of registration to the event (the waiting list promotes the
 *     lowest first); registering again after cancelling takes a new, higher number
 * @param status confirmed, waiting or cancelled
 * @param attendance what the organisers recorded
 * @param registeredAt when the member last registered
 * @param version the optimistic-locking version
 */
public record Registration(CalendarEventId event, CommunityId community, MemberId member, long number,
    RegistrationStatus status, Attendance attendance, Instant registeredAt, long version) {

  /** Validates the fields. */
  public Registration {
    Validation.required("event", event);
    Validation.required("community", community);
    Validation.required("member", member);
    Validation.notNegative("number", number);
    Validation.required("status", status);
    Validation.required("attendance", attendance);
    Validation.required("registeredAt", registeredAt);
    Validation.notNegative("version", version);
  }

  /**
   * @param next the new status
   * @return this registration with another status
   */
  public Registration withStatus(RegistrationStatus next) {
    return new Registration(event, community, member, number, next, attendance, registeredAt, version);
  }

  /**
   * @param recorded what the organisers recorded
   * @return this registration with that attendance
   */
  public Registration withAttendance(Attendance recorded) {
    return new Registration(event, community, member, number, status, recorded, registeredAt, version);
  }

  /**
   * @param newNumber the new place in the order of registration
   * @param next the new status
   * @param at when
   * @return this registration, registered again
   */
  public Registration renewed(long newNumber, RegistrationStatus next, Instant at) {
    return new Registration(event, community, member, newNumber, next, Attendance.UNRECORDED, at, version);
  }

  /**
   * @param newVersion another version
   * @return the same registration at that version
   */
  public Registration withVersion(long newVersion) {
    return new Registration(event, community, member, number, status, attendance, registeredAt, newVersion);
  }
}
