package org.copkit.api.analytics;

import java.time.Duration;
import java.time.Instant;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * A half-open span of time, {@code [from, to)}: an instant belongs to it when it is at or after
 * {@code from} and before {@code to}. Windows that follow each other share their boundary and never
 * count the same moment twice.
 *
 * @param from the first instant inside, from {@value #EARLIEST_YEAR} on
 * @param to the first instant after it, later than {@code from} and before {@value #LATEST_YEAR}
 */
public record Window(Instant from, Instant to) {

  /** The first year a window may start in. */
  public static final int EARLIEST_YEAR = 1970;
  /** The first year a window may no longer end in. */
  public static final int LATEST_YEAR = 2200;

  private static final Instant EARLIEST = Instant.parse(EARLIEST_YEAR + "-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse(LATEST_YEAR + "-01-01T00:00:00Z");

  /** Validates the bounds. */
  public Window {
    Validation.required("from", from);
    Validation.required("to", to);
    if (from.isBefore(EARLIEST)) {
      throw new InvalidInputException("from", "must be from " + EARLIEST_YEAR + " on, was " + from);
    }
    if (!to.isBefore(LATEST)) {
      throw new InvalidInputException("to", "must be before " + LATEST_YEAR + ", was " + to);
    }
    if (!to.isAfter(from)) {
      throw new InvalidInputException("to", "must be after from (" + from + "), was " + to);
    }
  }

  /**
   * @param from the first instant inside
   * @param to the first instant after it
   * @return the window {@code [from, to)}
   */
  public static Window between(Instant from, Instant to) {
    return new Window(from, to);
  }

  /**
   * @param length how long the window lasts: positive, and at most the span from {@value
   *     #EARLIEST_YEAR} to {@value #LATEST_YEAR}
   * @param to the first instant after it
   * @return the window of that length that ends at {@code to}
   */
  public static Window endingAt(Instant to, Duration length) {
    Validation.required("length", length);
    Validation.required("to", to);
    if (length.isNegative() || length.isZero()) {
      throw new InvalidInputException("length", "must be positive, was " + length);
    }
    if (length.compareTo(Duration.between(EARLIEST, LATEST)) > 0) {
      throw new InvalidInputException("length", "must be at most the span from " + EARLIEST_YEAR + " to " + LATEST_YEAR);
    }
    if (to.isBefore(EARLIEST) || to.isAfter(LATEST)) {
      throw new InvalidInputException("to", "must be from " + EARLIEST_YEAR + " up to " + LATEST_YEAR + ", was " + to);
    }
    return new Window(to.minus(length), to);
  }

  /**
   * @param instant an instant
   * @return whether it is inside: at or after {@code from}, before {@code to}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(from) && instant.isBefore(to);
  }

  /** @return how long it lasts */
  public Duration length() {
    return Duration.between(from, to);
  }

  /**
   * The window of the same length that ends where this one starts: the one that movement between
   * windows compares with.
   *
   * @return {@code [from - length, from)}
   * @throws InvalidInputException when it would start before {@value #EARLIEST_YEAR}
   */
  public Window previous() {
    return new Window(from.minus(length()), from);
  }

  @Override
  public String toString() {
    return "[" + from + ", " + to + ")";
  }
}
