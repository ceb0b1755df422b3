package org.copkit.core.moderation;

import java.util.Collection;
import java.util.List;
import org.copkit.api.moderation.spi.ModerationRule;

/**
 * The built-in moderation rules. Wiring, not exported: hosts reach them through {@code
 * org.copkit.core.BuiltInRules}; the platform runs {@link #defaults()} unless told otherwise.
 */
public final class ModerationRules {

  private ModerationRules() {}

  /**
   * Rejects posts containing any of these terms as whole words, ignoring case and accents (so
   * Catalan and Spanish spellings with or without accents match).
   *
   * @param terms the banned words or phrases
   * @return the rule
   */
  public static ModerationRule bannedTerms(Collection<String> terms) {
    return new BannedTermsRule(terms);
  }

  /**
   * Holds newcomers' posts with more links than their community's policy allows.
   *
   * @return the rule
   */
  public static ModerationRule newcomerLinks() {
    return new NewcomerLinkRule();
  }

  /**
   * Rejects a post that repeats one of its author's posts of the last 24 hours.
   *
   * @return the rule
   */
  public static ModerationRule repeatedPosts() {
    return new RepeatedPostRule();
  }

  /** @return the rules every platform runs by default: newcomer links and repeated posts */
  public static List<ModerationRule> defaults() {
    return List.of(newcomerLinks(), repeatedPosts());
  }
}
