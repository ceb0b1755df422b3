package org.copkit.api.learning;

import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Command: record whether a member with a confirmed seat attended an event.
 *
 * @param event the event
 * @param member the member
 * @param attendance PRESENT, ABSENT or EXCUSED
 */
public record RecordAttendance(CalendarEventId event, MemberId member, Attendance attendance) {

  /** Validates the fields. */
  public RecordAttendance {
    Validation.required("event", event);
    Validation.required("member", member);
    Validation.required("attendance", attendance);
    if (attendance == Attendance.UNRECORDED) {
      throw new InvalidInputException("attendance", "must be PRESENT, ABSENT or EXCUSED");
    }
  }
}
