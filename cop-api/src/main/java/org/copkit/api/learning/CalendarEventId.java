package org.copkit.api.learning;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * Identifies an event of a community's calendar (a course, a seminar, a meeting).
 *
 * @param value the UUID
 */
public record CalendarEventId(UUID value) {

  /** Validates the value. */
  public CalendarEventId {
    Validation.required("eventId", value);
  }

  /** @return a new random ID */
  public static CalendarEventId random() {
    return new CalendarEventId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static CalendarEventId of(String text) {
    return new CalendarEventId(Validation.uuid("eventId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
