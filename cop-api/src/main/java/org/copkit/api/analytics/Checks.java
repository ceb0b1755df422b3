package org.copkit.api.analytics;

import org.copkit.api.shared.InvalidInputException;

/** The checks of this package's records that {@link org.copkit.api.shared.Validation} lacks. */
final class Checks {

  private Checks() {}

  /** A share or a rate: a finite number from 0 to 1. */
  static double fraction(String field, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new InvalidInputException(field, "must be between 0 and 1, was " + value);
    }
    return value;
  }

  /** A part of a whole that must add up. */
  static void sum(String field, long whole, long... parts) {
    long sum = 0;
    for (long part : parts) {
      sum += part;
    }
    if (sum != whole) {
      throw new InvalidInputException(field, "must equal the sum of its parts (" + sum + "), was " + whole);
    }
  }

  /** {@code part / whole}, or 0 when the whole is 0. */
  static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
