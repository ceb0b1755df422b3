package org.copkit.examples.stackexchange;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The platform's clock during an import: the importer moves it to each row's creation date before
 * calling the use case, so that everything keeps the date it has in the dump.
 */
final class ImportClock extends Clock {

  private volatile Instant now;

  ImportClock(Instant start) {
    this.now = start;
  }

  /** @param instant the time every use case sees until the next move */
  void moveTo(Instant instant) {
    this.now = instant;
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
    ImportClock source = this;
    return zone.equals(ZoneOffset.UTC) ? this : new Clock() {
      @Override
      public Instant instant() {
        return source.instant();
      }

      @Override
      public ZoneId getZone() {
        return zone;
      }

      @Override
      public Clock withZone(ZoneId other) {
        return source.withZone(other);
      }
    };
  }
}
