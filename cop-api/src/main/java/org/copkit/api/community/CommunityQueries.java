package org.copkit.api.community;

import java.util.List;
import org.copkit.api.shared.AuditEntry;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Use case: read communities and their membership. A SECRET community does not exist for a
 * non-member (it is missing from lists, and asking for it by ID gives the same {@link
 * org.copkit.api.shared.NotFoundException} as a missing one). Member lists of CLOSED and SECRET
 * communities are for their members only.
 */
public interface CommunityQueries {

  /**
   * The communities the actor may see, oldest first.
   *
   * @param actor who asks
   * @param search filters and page
   * @return the page
   */
  Page<Community> communities(MemberId actor, CommunitySearch search);

  /**
   * One community.
   *
   * @param actor who asks
   * @param community the community
   * @return the community
   */
  Community community(MemberId actor, CommunityId community);

  /**
   * A community's members, optionally of one tier and role, in the order they joined.
   *
   * @param actor who asks
   * @param search the community, filters and page
   * @return the page
   */
  Page<Membership> members(MemberId actor, MemberSearch search);

  /**
   * The actor's own memberships, or another person's for an administrator.
   *
   * @param actor who asks
   * @param member whose memberships
   * @return the memberships, in the order joined
   */
  List<Membership> memberships(MemberId actor, MemberId member);

  /**
   * Pending join requests of a community, oldest first. E-moderators and administrators only.
   *
   * @param actor who asks
   * @param community the community
   * @param page which page
   * @return the page
   */
  Page<JoinRequest> pendingRequests(MemberId actor, CommunityId community, PageRequest page);

  /**
   * The actor's own join requests, in every state, newest first.
   *
   * @param actor who asks
   * @return the requests
   */
  List<JoinRequest> myRequests(MemberId actor);

  /**
   * Pending invitations of a community, oldest first. E-moderators and administrators only.
   *
   * @param actor who asks
   * @param community the community
   * @param page which page
   * @return the page
   */
  Page<Invitation> pendingInvitations(MemberId actor, CommunityId community, PageRequest page);

  /**
   * Invitations addressed to the actor that wait for an answer, oldest first.
   *
   * @param actor who asks
   * @return the invitations
   */
  List<Invitation> myInvitations(MemberId actor);

  /**
   * Every stage a community went through, with who and why, oldest first. Anyone who may see the
   * community may read it.
   *
   * @param actor who asks
   * @param community the community
   * @return the history
   */
  List<StageChange> stageHistory(MemberId actor, CommunityId community);

  /**
   * The audit trail of a community, oldest first. E-moderators and administrators only.
   *
   * @param actor who asks
   * @param community the community
   * @param page which page
   * @return the page
   */
  Page<AuditEntry> auditTrail(MemberId actor, CommunityId community, PageRequest page);
}
