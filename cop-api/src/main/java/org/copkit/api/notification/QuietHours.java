package org.copkit.api.notification;

import java.time.LocalTime;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Hours of the day, in the member's zone, when nothing interrupts them. They may span midnight
 * ({@code 22:00} to {@code 07:00}).
 *
 * @param from the first quiet instant of the day
 * @param to the first instant that is no longer quiet; different from {@code from}
 */
public record QuietHours(LocalTime from, LocalTime to) {

  /** Validates the fields. */
  public QuietHours {
    Validation.required("from", from);
    Validation.required("to", to);
    if (from.equals(to)) {
      throw new InvalidInputException("to", "must differ from the start of the quiet hours, was " + to);
    }
  }

  /**
   * @param time a time of day in the member's zone
   * @return whether it falls in the quiet hours
   */
  public boolean contains(LocalTime time) {
    Validation.required("time", time);
    return from.isBefore(to)
        ? !time.isBefore(from) && time.isBefore(to)
        : !time.isBefore(from) || time.isBefore(to);
  }
}
