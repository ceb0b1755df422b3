package org.copkit.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a harness moves forward as the history it writes unfolds; it never goes back. */
public final class MovableClock extends Clock {

  private volatile Instant now;

  /** @param start where it starts */
  public MovableClock(Instant start) {
    this.now = start;
  }

  /**
   * Moves it to an instant, if that is later than now.
   *
   * @param at the instant
   */
  public void set(Instant at) {
    if (at.isAfter(now)) {
      now = at;
    }
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
