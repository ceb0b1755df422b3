package org.copkit.core.feed;

import java.time.Instant;

/** The index's time scale: whole seconds since 2020-01-01T00:00Z. */
final class Epoch {

  private static final long BASE = Instant.parse("2020-01-01T00:00:00Z").getEpochSecond();

  private Epoch() {}

  /** @return an activity's time in index seconds; the bounds of {@code Activity} keep it an int */
  static int seconds(Instant createdAt) {
    return Math.toIntExact(createdAt.getEpochSecond() - BASE);
  }

  /** @return any instant in index seconds */
  static long secondsOf(Instant instant) {
    return instant.getEpochSecond() - BASE;
  }

  /**
   * @return the index seconds as an instant
   * @throws ArithmeticException or {@link java.time.DateTimeException} when no instant is that far
   */
  static Instant instant(long seconds) {
    return Instant.ofEpochSecond(Math.addExact(BASE, seconds));
  }
}
