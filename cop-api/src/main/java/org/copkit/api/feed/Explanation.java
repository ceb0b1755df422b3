package org.copkit.api.feed;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.copkit.api.shared.Validation;

/**
 * Why an activity scores what it does for a member ("why am I seeing this").
 *
 * @param activity the activity
 * @param at the time the score was computed for
 * @param component the CoP component the activity serves, as the platform's activity classifiers
 *     decided when it was written (the same the participation reports count it in)
 * @param contributions each signal's share of the score, built-in signals first in the order of
 *     {@link BuiltInSignal}, then vendor signals in the order they were registered
 */
public record Explanation(ActivityId activity, Instant at, CopComponent component, List<Contribution> contributions) {

  /**
   * One signal's share of a score, in log space: {@code exp(value)} is the factor it multiplies
   * the item's weight by.
   *
   * @param signal the signal's name, as {@link BuiltInSignal#signalName()} or a vendor's {@link
   *     org.copkit.api.feed.spi.RankingSignal#name()}
   * @param value its contribution
   * @param note what the reader of the explanation should know about this term, or empty: a vendor
   *     signal that failed or did not answer within the time budget says so here (its term is then
   *     zero, or the last terms it gave in time for this member)
   */
  public record Contribution(String signal, double value, Optional<String> note) {

    /** Validates the fields. */
    public Contribution {
      signal = Validation.name("signal", signal, 64);
      Validation.required("note", note);
      note = note.map(text -> Validation.text("note", text, 500));
    }

    /**
     * A contribution with nothing to note.
     *
     * @param signal the signal's name
     * @param value its contribution
     */
    public Contribution(String signal, double value) {
      this(signal, value, Optional.empty());
    }
  }

  /** Validates and copies the fields. */
  public Explanation {
    Validation.required("activity", activity);
    Validation.required("at", at);
    Validation.required("component", component);
    contributions = List.copyOf(Validation.noNulls("contributions", contributions));
  }

  /** @return the score: the sum of the contributions */
  public double score() {
    return contributions.stream().mapToDouble(Contribution::value).sum();
  }
}
