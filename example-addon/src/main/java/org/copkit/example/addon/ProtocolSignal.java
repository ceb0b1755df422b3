package org.copkit.example.addon;

import org.copkit.api.feed.Activity;
import org.copkit.api.feed.spi.RankingSignal;

/**
 * A vendor's ranking signal: lifts activities tagged {@value #TAG} (the department's protocols) for
 * everyone, by a factor of e. An activity term only: no per-member terms, so the feed never waits
 * for it.
 */
public final class ProtocolSignal implements RankingSignal {

  /** The tag this signal lifts. */
  public static final String TAG = "protocol";

  @Override
  public String name() {
    return "protocol-lift";
  }

  @Override
  public double activityTerm(Activity activity) {
    return activity.tags().contains(TAG) ? 1.0 : 0;
  }
}
