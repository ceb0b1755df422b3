package org.copkit.api.shared;

import java.time.Instant;

/** The actor did this too often; they may try again at {@link #retryAt()}. Nothing was changed. */
public final class RateLimitedException extends CopException {

  private static final long serialVersionUID = 1L;

  private final Instant retryAt;

  /**
   * Creates the exception.
   *
   * @param what the limited action, such as {@code "new threads"}
   * @param retryAt when the actor may try again
   */
  public RateLimitedException(String what, Instant retryAt) {
    super("too many " + what + "; try again at " + retryAt);
    this.retryAt = retryAt;
  }

  /** @return when the actor may try again */
  public Instant retryAt() {
    return retryAt;
  }
}
