package org.copkit.api.moderation.spi;

import org.copkit.api.shared.AddOnContext;

/**
 * Extension point: looks at a post before it is published and says publish, hold for review, or
 * reject. Rules are found with {@link java.util.ServiceLoader} (list the class in {@code
 * META-INF/services/org.copkit.api.moderation.spi.ModerationRule}) and can be registered on the
 * platform's builder. Every rule looks at every post and every edit, whoever writes it (e-moderators
 * and administrators included: a rule that stops a leak of personal data must see their posts too).
 * The strictest verdict of all rules wins (reject, then hold, then publish).
 *
 * <p>A rule that throws, or returns {@code null}, has failed: the failure is reported in the log and
 * counted, and what happens to the post is the rule's {@link #onFailure() failure policy}: by default
 * the post is held for review, with a reason naming the rule, since a rule that could not look is a
 * post nobody checked; an advisory rule is skipped. A rule's name is read once, when the platform is
 * built, and must be 1 to 64 lower-case letters, digits and dashes, unique among the platform's rules.
 *
 * <p>Rules run before the platform opens its unit of work, so a slow rule holds no database
 * transaction open. Each {@link #review} runs on the platform's add-on threads, and the post waits
 * for it at most the platform's time budget for rules ({@code moderationRuleBudget} on the
 * platform's builder, 1 s by default): a rule that has not answered by then has failed on that post
 * like a rule that throws (counted as a timeout, reported, and handled by its failure policy: the
 * post is held with a reason naming the rule and saying it was late, or an advisory rule is skipped),
 * and its late verdict is dropped. At most four late calls to one rule run at once; while they do,
 * the rule is late at once. Rules must be thread-safe and fast: they run on every post.
 */
public interface ModerationRule {

  /**
   * @return a short name, shown to moderators with the verdict's reason and to the authors it
   *     refuses: 1 to 64 lower-case letters, digits and dashes, unique among the platform's rules
   */
  String name();

  /**
   * Called once when the platform is built, before any other call: an add-on takes what it needs
   * from the host here (its directory of people, its own configuration, the clock) instead of
   * finding it through statics. A start that throws is reported; the host's builder then refuses to
   * build, or starts without this add-on, as the host chose. Does nothing by default.
   *
   * @param context what the host gives the add-on
   */
  default void start(AddOnContext context) {}

  /**
   * What happens to a post when this rule fails on it. The host may override it on the builder.
   *
   * @return {@link RuleFailure#HOLD} (the default) to hold the post for review, or {@link
   *     RuleFailure#SKIP} for an advisory rule
   */
  default RuleFailure onFailure() {
    return RuleFailure.HOLD;
  }

  /**
   * Reviews a post about to be published.
   *
   * @param draft the post and what is known of its author
   * @return the verdict
   */
  Verdict review(Draft draft);
}
