package org.copkit.core;

import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;

/**
 * A moderation rule listed in {@code META-INF/services} whose name hides a right-to-left override,
 * so it could not be shown to the authors it refuses: rejects posts holding {@value #MARKER}.
 */
public final class BadlyNamedRule implements ModerationRule {

  static final String MARKER = "badly-named-rule-marker";

  @Override
  public String name() {
    return "\u202Eelur-dab";
  }

  @Override
  public Verdict review(Draft draft) {
    return draft.body().contains(MARKER) ? new Verdict.Reject("holds the badly named marker") : new Verdict.Publish();
  }
}
