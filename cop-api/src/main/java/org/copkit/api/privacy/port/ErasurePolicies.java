package org.copkit.api.privacy.port;

import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.privacy.ErasurePolicy;

/** Outbound port: the communities' erasure policies, for those that set one. */
public interface ErasurePolicies {

  /**
   * Sets a community's policy, replacing any earlier one.
   *
   * @param community the community
   * @param policy its policy
   */
  void set(CommunityId community, ErasurePolicy policy);

  /**
   * @param community a community
   * @return its policy, if one was set
   */
  Optional<ErasurePolicy> of(CommunityId community);

  /** @return the communities whose policy is {@link ErasurePolicy#REMOVE} */
  Set<CommunityId> removing();
}
