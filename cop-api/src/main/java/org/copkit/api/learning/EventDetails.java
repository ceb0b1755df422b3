package org.copkit.api.learning;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/** The rules a learning event's place and time keep, for scheduling and editing alike. */
final class EventDetails {

  private EventDetails() {}

  static String location(EventFormat format, String location) {
    return format == EventFormat.ONLINE
        ? Links.optional("location", Validation.text("location", location, Links.MAX_LENGTH))
        : Validation.name("location", location, Links.MAX_LENGTH);
  }

  static void period(LocalDateTime starts, LocalDateTime ends, ZoneId zone) {
    Validation.required("starts", starts);
    Validation.required("ends", ends);
    Validation.required("zone", zone);
    if (!ends.atZone(zone).isAfter(starts.atZone(zone))) {
      throw new InvalidInputException("ends", "must be after the start");
    }
    if (ends.atZone(zone).isAfter(starts.atZone(zone).plusDays(31))) {
      throw new InvalidInputException("ends", "must be within 31 days of the start");
    }
  }
}
