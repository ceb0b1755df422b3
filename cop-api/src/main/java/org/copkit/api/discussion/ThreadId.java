package org.copkit.api.discussion;

import java.util.UUID;
import org.copkit.api.shared.Validation;

/**
 * Identifies a discussion thread.
 *
 * @param value the UUID
 */
public record ThreadId(UUID value) {

  /** Validates the value. */
  public ThreadId {
    Validation.required("threadId", value);
  }

  /** @return a new random ID */
  public static ThreadId random() {
    return new ThreadId(UUID.randomUUID());
  }

  /**
   * Parses an ID from its text form.
   *
   * @param text the UUID as text
   * @return the ID
   */
  public static ThreadId of(String text) {
    return new ThreadId(Validation.uuid("threadId", text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
