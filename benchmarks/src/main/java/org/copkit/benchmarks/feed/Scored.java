package org.copkit.benchmarks.feed;

import java.util.Comparator;

/**
 * An activity with its score for the reader, as the baselines compute it.
 *
 * @param entry the activity
 * @param score its score, before any diversity discount
 */
record Scored(FeedEntry entry, double score) {

  /** The feed's order: higher score, then newer, then the smaller ID. */
  static final Comparator<Scored> BEST_FIRST =
      Comparator.comparingDouble(Scored::score)
          .reversed()
          .thenComparing((Scored s) -> s.entry().createdAt(), Comparator.reverseOrder())
          .thenComparing(s -> s.entry().id());
}
