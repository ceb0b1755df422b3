package org.copkit.core;

import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;

/**
 * A rule listed in {@code unconstructible-add-ons/META-INF/services} that {@code ServiceLoader}
 * cannot create: it has no public no-argument constructor.
 */
public final class RuleWithoutNoArgumentConstructor implements ModerationRule {

  private final String pattern;

  /** @param pattern what the rule looks for; a constructor {@code ServiceLoader} cannot call */
  public RuleWithoutNoArgumentConstructor(String pattern) {
    this.pattern = pattern;
  }

  @Override
  public String name() {
    return "needs-a-pattern";
  }

  @Override
  public Verdict review(Draft draft) {
    return draft.text().contains(pattern) ? new Verdict.Hold("matches") : Verdict.PUBLISH;
  }
}
