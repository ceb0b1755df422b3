package org.copkit.core.moderation;

/**
 * What the publication gate decided about a new post. Sealed: publish, hold for review (with the
 * reason shown to the author), or reject (nothing is stored). Wiring, not API.
 */
public sealed interface Screening {

  /** Publish at once. */
  record Publish() implements Screening {}

  /**
   * Store it held, and queue it for the e-moderators.
   *
   * @param reason why
   */
  record Hold(String reason) implements Screening {}

  /**
   * Store nothing.
   *
   * @param rule the rule that refused it
   * @param reason why
   */
  record Reject(String rule, String reason) implements Screening {}
}
