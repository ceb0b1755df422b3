package org.copkit.core;

import java.util.Collection;
import java.util.List;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.core.moderation.ModerationRules;

/**
 * The moderation rules that ship with CoPKit, to register with {@link
 * CopPlatform.Builder#moderationRule}. The platform runs {@link #defaults()} unless told otherwise
 * ({@link CopPlatform.Builder#builtInModerationRules}).
 *
 * <pre>{@code
 * CopPlatform.builder()
 *     .moderationRule(BuiltInRules.bannedTerms(Set.of("imbècil")))
 *     ...
 * }</pre>
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  /**
   * Rejects posts containing any of these terms as whole words, ignoring case and accents (so
   * Catalan and Spanish spellings with or without accents match).
   *
   * @param terms the banned words or phrases
   * @return the rule
   */
  public static ModerationRule bannedTerms(Collection<String> terms) {
    return ModerationRules.bannedTerms(terms);
  }

  /**
   * Holds newcomers' posts with more links than their community's policy allows.
   *
   * @return the rule
   */
  public static ModerationRule newcomerLinks() {
    return ModerationRules.newcomerLinks();
  }

  /**
   * Rejects a post that repeats one of its author's posts of the last 24 hours.
   *
   * @return the rule
   */
  public static ModerationRule repeatedPosts() {
    return ModerationRules.repeatedPosts();
  }

  /** @return the rules every platform runs by default: newcomer links and repeated posts */
  public static List<ModerationRule> defaults() {
    return ModerationRules.defaults();
  }
}
