package org.copkit.api.portfolio;

import java.util.List;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.MemberId;

/**
 * Inbound use case: e-portfolios. A member's evidence is gathered from what they did (accepted
 * answers, knowledge items written, events attended, units completed, endorsements and validations
 * received) and from what they add (reflections, uploaded evidence). Pages select evidence and
 * share it with an audience ({@link PageAudience}); a page shows a piece of evidence only when its
 * audience may read where it happened, so nothing from a CLOSED or SECRET community appears in a
 * page shared outside it. A page the actor may not see is missing, exactly as an ID never used.
 */
public interface Portfolios {

  /**
   * @param actor the member
   * @param command the reflection or upload
   * @return the evidence added
   * @throws org.copkit.api.shared.InvalidInputException naming {@code competences} when one is unknown
   */
  Evidence addEvidence(MemberId actor, AddEvidence command);

  /**
   * @param actor the member
   * @return every piece of their own evidence they may still read, newest first
   */
  List<Evidence> evidence(MemberId actor);

  /**
   * @param actor the member
   * @param command the page
   * @return the page, PRIVATE
   * @throws org.copkit.api.shared.InvalidInputException naming {@code evidence} when a key is not
   *     one of the actor's evidence
   */
  PortfolioPage createPage(MemberId actor, CreatePage command);

  /**
   * @param actor the page's owner
   * @param command the audience
   * @return the page as stored, and the token when shared by link
   * @throws org.copkit.api.shared.NotFoundException when the page is not the actor's
   * @throws org.copkit.api.shared.AccessDeniedException when sharing with a community the owner is
   *     no member of
   */
  SharedLink share(MemberId actor, SharePage command);

  /**
   * @param actor whoever the page is shared with, or its owner
   * @param page the page
   * @return the page as the actor's audience sees it
   * @throws org.copkit.api.shared.NotFoundException when it does not exist for the actor
   */
  PageView page(MemberId actor, PortfolioPageId page);

  /**
   * A page shared by link, for whoever holds the link, signed in or not.
   *
   * @param token the link's token
   * @return the page as a PLATFORM audience sees it
   * @throws org.copkit.api.shared.NotFoundException when no page is shared with that token (it was
   *     revoked, or never was)
   */
  PageView pageByLink(String token);

  /**
   * @param actor who reads: the member, or anyone who may read where the claims were made
   * @param member whose matrix
   * @return their competences against their evidence, as far as the actor may see
   */
  CompetenceMatrix matrix(MemberId actor, MemberId member);

  /**
   * @param actor whoever may read the community
   * @param community the community
   * @return its collective portfolio
   * @throws org.copkit.api.shared.NotFoundException when it does not exist for the actor
   */
  CommunityPortfolio communityPortfolio(MemberId actor, CommunityId community);
}
