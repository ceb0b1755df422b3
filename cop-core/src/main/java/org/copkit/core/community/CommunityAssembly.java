package org.copkit.core.community;

import java.time.Duration;
import org.copkit.api.community.CommunityLifecycle;
import org.copkit.api.community.CommunityQueries;
import org.copkit.api.community.Joining;
import org.copkit.api.community.MemberAdministration;
import org.copkit.core.shared.Wiring;

/**
 * Assembles the community use cases for {@code CopPlatform}. Wiring, not API: hosts build a {@code
 * CopPlatform} and take the use cases from it.
 *
 * @param lifecycle founding communities and moving them through their life
 * @param joining how people come in and leave
 * @param memberAdministration what e-moderators do to members
 * @param queries reading communities and membership
 * @param gate the community rules, for the core's other features
 */
public record CommunityAssembly(
    CommunityLifecycle lifecycle,
    Joining joining,
    MemberAdministration memberAdministration,
    CommunityQueries queries,
    CommunityGate gate) {

  /**
   * Builds the use cases.
   *
   * @param wiring the platform's ports and clock
   * @param autoActivate whether new communities become ACTIVE at once
   * @param dormancyAfter how long without activity before a community is dormant
   * @return the use cases
   */
  public static CommunityAssembly create(Wiring wiring, boolean autoActivate, Duration dormancyAfter) {
    CommunityWork work = new CommunityWork(wiring.storage(), wiring.directory(), wiring.events(), wiring.clock(),
        new CommunityPolicy(autoActivate, dormancyAfter));
    MembershipRules rules = new MembershipRules(work);
    LifecycleService lifecycle = new LifecycleService(work);
    return new CommunityAssembly(
        lifecycle,
        new JoiningService(work, rules),
        new MemberAdministrationService(work, rules),
        new QueryService(work),
        new CommunityGate(work, lifecycle));
  }
}
