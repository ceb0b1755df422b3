package org.copkit.api.community;

/**
 * What came of asking to join: in at once, or a request waiting for the e-moderators.
 */
public sealed interface JoinOutcome {

  /**
   * The person is a member now (an OPEN community, or a pending invitation was accepted).
   *
   * @param membership the new membership
   */
  record Joined(Membership membership) implements JoinOutcome {}

  /**
   * The community is CLOSED: a request now waits for its e-moderators.
   *
   * @param request the pending request
   */
  record Requested(JoinRequest request) implements JoinOutcome {}
}
