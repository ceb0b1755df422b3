package org.copkit.core;

import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;

/** A moderation rule listed in {@code META-INF/services} that cannot even be created. */
public final class UnloadableRule implements ModerationRule {

  /** Fails, as a provider with a missing dependency would. */
  public UnloadableRule() {
    throw new IllegalStateException("missing configuration");
  }

  @Override
  public String name() {
    return "unloadable";
  }

  @Override
  public Verdict review(Draft draft) {
    return new Verdict.Reject("never runs");
  }
}
