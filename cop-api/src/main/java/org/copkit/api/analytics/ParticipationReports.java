package org.copkit.api.analytics;

import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;

/**
 * Use case: participation analytics and community health. Every method takes the acting person
 * first; the core authorizes them, deny by default:
 *
 * <ul>
 *   <li>a community's aggregate report: whoever may read the community (anyone who sees an OPEN
 *       one; members of CLOSED and SECRET ones; administrators). A SECRET community is missing for
 *       everyone else;
 *   <li>each member's class: the community's e-moderators and administrators;
 *   <li>one's own class: every member;
 *   <li>the platform's report: administrators.
 * </ul>
 *
 * <p>Figures are computed when asked, with aggregate queries in the storage; the thresholds, the
 * reporting time zone and the activity classifiers are the platform's ({@code CopPlatform.Builder}).
 */
public interface ParticipationReports {

  /**
   * A community's report over a window.
   *
   * @param actor who asks
   * @param community the community
   * @param window the window
   * @return the report
   * @throws org.copkit.api.shared.NotFoundException when the community does not exist for the actor
   * @throws org.copkit.api.shared.AccessDeniedException when the actor may not read it
   */
  CommunityReport community(MemberId actor, CommunityId community, Window window);

  /**
   * The whole platform's report over a window. Administrators only.
   *
   * @param actor who asks
   * @param window the window
   * @return the report
   * @throws org.copkit.api.shared.AccessDeniedException when the actor is not an administrator
   */
  PlatformReport platform(MemberId actor, Window window);

  /**
   * Each member's participation in a community over a window, most contributions first (ties
   * broken by member ID). E-moderators of the community and administrators only.
   *
   * @param actor who asks
   * @param search the community, the window, an optional class and the page
   * @return the page
   * @throws org.copkit.api.shared.AccessDeniedException when the actor does not moderate the community
   */
  Page<MemberParticipation> participants(MemberId actor, ParticipantSearch search);

  /**
   * The actor's own participation in a community they belong to.
   *
   * @param actor who asks, about themselves
   * @param community the community
   * @param window the window
   * @return their participation
   * @throws org.copkit.api.shared.NotFoundException when the actor is not a member of it
   */
  MemberParticipation own(MemberId actor, CommunityId community, Window window);
}
