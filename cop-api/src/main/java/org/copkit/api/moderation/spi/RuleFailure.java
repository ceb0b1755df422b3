package org.copkit.api.moderation.spi;

/**
 * What happens to a post when a {@link ModerationRule} could not look at it: the rule threw,
 * returned {@code null}, or gave no verdict within the platform's time budget for rules. A rule declares its own ({@link ModerationRule#onFailure()}); the host may
 * override it per rule on the platform's builder.
 */
public enum RuleFailure {
  /**
   * A post nobody checked is not published: it is held for review, with a reason naming the rule
   * that failed, so the e-moderators see it in their queue and the author sees it waiting for
   * review. The default, for safety rules.
   */
  HOLD,
  /** The rule is advisory: it is skipped for that post, which the other rules decide. */
  SKIP
}
