package org.copkit.api.feed;

import java.time.Instant;
import java.util.List;
import org.copkit.api.shared.Validation;

/**
 * Why an activity scores what it does for a member ("why am I seeing this").
 *
 * @param activity the activity
 * @param at the time the score was computed for
 * @param contributions each signal's share of the score, built-in signals first in the order of
 *     {@link BuiltInSignal}, then vendor signals in the order they were registered
 */
public record Explanation(ActivityId activity, Instant at, List<Contribution> contributions) {

  /**
   * One signal's share of a score, in log space: {@code exp(value)} is the factor it multiplies
   * the item's weight by.
   *
   * @param signal the signal's name, as {@link BuiltInSignal#signalName()} or a vendor's {@link
   *     org.copkit.api.feed.spi.RankingSignal#name()}
   * @param value its contribution
   */
  public record Contribution(String signal, double value) {

    /** Validates the fields. */
    public Contribution {
      signal = Validation.name("signal", signal, 64);
    }
  }

  /** Validates and copies the fields. */
  public Explanation {
    Validation.required("activity", activity);
    Validation.required("at", at);
    contributions = List.copyOf(Validation.noNulls("contributions", contributions));
  }

  /** @return the score: the sum of the contributions */
  public double score() {
    return contributions.stream().mapToDouble(Contribution::value).sum();
  }
}
