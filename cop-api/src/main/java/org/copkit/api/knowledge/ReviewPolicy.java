package org.copkit.api.knowledge;

import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.Validation;

/**
 * How a community reviews its outputs: how many of the named reviewers must approve a revision
 * before an e-moderator may publish it.
 *
 * @param community the community
 * @param approvalsNeeded from 1 to {@value #MAX_APPROVALS}
 */
public record ReviewPolicy(CommunityId community, int approvalsNeeded) {

  /** The approvals needed in a community that configured none. */
  public static final int DEFAULT_APPROVALS = 2;
  /** The most approvals a community may require. */
  public static final int MAX_APPROVALS = 10;

  /** Validates the fields. */
  public ReviewPolicy {
    Validation.required("community", community);
    Validation.between("approvalsNeeded", approvalsNeeded, 1, MAX_APPROVALS);
  }

  /**
   * @param community a community
   * @return the policy of a community that configured none
   */
  public static ReviewPolicy defaultFor(CommunityId community) {
    return new ReviewPolicy(community, DEFAULT_APPROVALS);
  }
}
