package org.copkit.api.knowledge.port;

import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.ReviewPolicy;

/**
 * Outbound port: each community's review policy for its outputs. Contract: {@code
 * org.copkit.tck.knowledge.OutputCyclesContract}.
 */
public interface ReviewPolicies {

  /**
   * Stores a community's policy, replacing the one it had.
   *
   * @param policy the policy
   */
  void put(ReviewPolicy policy);

  /**
   * @param community a community
   * @return its policy, if it configured one
   */
  Optional<ReviewPolicy> find(CommunityId community);
}
