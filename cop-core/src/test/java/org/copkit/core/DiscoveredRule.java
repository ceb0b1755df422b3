package org.copkit.core;

import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;

/**
 * A moderation rule listed in {@code META-INF/services}: rejects posts holding {@value #MARKER},
 * a word no other test writes.
 */
public final class DiscoveredRule implements ModerationRule {

  static final String MARKER = "discovered-rule-marker";

  @Override
  public String name() {
    return "discovered-rule";
  }

  @Override
  public Verdict review(Draft draft) {
    return draft.body().contains(MARKER) ? new Verdict.Reject("holds the discovered marker") : new Verdict.Publish();
  }
}
