package org.copkit.core.moderation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.copkit.api.moderation.Moderation;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationQueries;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.RuleFailure;
import org.copkit.core.shared.AddOn;
import org.copkit.core.shared.SearchChanges;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.shared.Wiring;

/**
 * Assembles the moderation use cases and the publication gate for {@code CopPlatform}. Wiring, not
 * API.
 *
 * @param moderation flagging, deciding, muting, settings
 * @param queries what moderators read
 * @param gate the screening of new posts, for discussions
 */
public record ModerationAssembly(Moderation moderation, ModerationQueries queries, PublicationGate gate) {

  /**
   * Builds moderation on the given ports.
   *
   * @param wiring the platform's ports (moderation's and the posts under review) and clock
   * @param defaults the platform's moderation settings, for communities without their own
   * @param rules the moderation rules to run on every post, admitted by name
   * @param failures the host's failure policy for some rules, by name; the others keep their own
   * @param budget how long a post waits for each rule's verdict; a rule that is late has failed
   * @param alwaysOn the rules no community can turn off
   * @param communities the community rules
   * @param posts how discussions publish, hide and edit posts
   * @return the assembly
   */
  public static ModerationAssembly create(
      Wiring wiring, ModerationPolicy defaults, List<AddOn<ModerationRule>> rules, Map<String, RuleFailure> failures,
      Duration budget, Set<String> alwaysOn, CommunityGate communities, PostActions posts) {
    ModerationWork work = new ModerationWork(wiring.storage(), wiring.storage(), wiring.storage(),
        new SearchChanges(wiring.storage().changeLog()), communities, wiring.events(),
        wiring.notifications(), wiring.clock(), defaults);
    RuleSet ruleSet = new RuleSet(rules.stream().map(AddOn::name).toList(), alwaysOn);
    return new ModerationAssembly(
        new ModerationService(work, posts, ruleSet), new ModerationQueriesService(work, ruleSet),
        new PublicationGate(work, rules, failures, budget, ruleSet));
  }
}
