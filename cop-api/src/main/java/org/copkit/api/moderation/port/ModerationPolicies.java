package org.copkit.api.moderation.port;

import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.moderation.ModerationPolicy;

/**
 * Outbound port: communities' own moderation settings. Contract: {@code
 * org.copkit.tck.moderation.ModerationPoliciesContract}.
 */
public interface ModerationPolicies {

  /**
   * Stores a community's settings, replacing any it had.
   *
   * @param community the community
   * @param policy the settings
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when a concurrent transaction stored
   *     the community's first settings first
   */
  void put(CommunityId community, ModerationPolicy policy);

  /**
   * @param community the community
   * @return its own settings, if it has any
   */
  Optional<ModerationPolicy> find(CommunityId community);
}
