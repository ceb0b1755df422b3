package org.copkit.api.portfolio.port;

import java.util.List;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.shared.MemberId;

/**
 * Outbound port: the evidence members add to their portfolios themselves (reflections, uploaded
 * evidence), never changed once stored. Contract: {@code org.copkit.tck.portfolio.PortfolioPagesContract}.
 */
public interface PortfolioEntries {

  /**
   * @param evidence a reflection or uploaded evidence, without a community
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the member already has evidence
   *     with that key
   */
  void add(Evidence evidence);

  /**
   * @param member a member
   * @return what they added, newest first, ties by key
   */
  List<Evidence> ofMember(MemberId member);
}
