package org.copkit.api.feed;

import java.util.UUID;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Identifies an activity. The capability that publishes the activity chooses it (usually the ID of
 * the thread, post or item it stands for), so that publishing it twice is recognised.
 *
 * @param value the UUID
 */
public record ActivityId(UUID value) implements Comparable<ActivityId> {

  /** Validates the value. */
  public ActivityId {
    Validation.required("activityId", value);
  }

  /** @return a new random ID */
  public static ActivityId random() {
    return new ActivityId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static ActivityId of(String text) {
    try {
      return new ActivityId(UUID.fromString(Validation.required("activityId", text).strip()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("activityId", "must be a UUID");
    }
  }

  /** Orders IDs as {@link UUID#compareTo} does; the feed breaks its last ties this way. */
  @Override
  public int compareTo(ActivityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
