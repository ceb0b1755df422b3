package org.copkit.api.portfolio.port;

import java.util.List;
import java.util.Optional;
import org.copkit.api.portfolio.PortfolioPage;
import org.copkit.api.portfolio.PortfolioPageId;
import org.copkit.api.shared.MemberId;

/**
 * Outbound port: portfolio pages, with optimistic versions. Contract: {@code
 * org.copkit.tck.portfolio.PortfolioPagesContract}.
 */
public interface PortfolioPages {

  /**
   * @param page a new page at version 0
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when its ID is taken
   */
  void add(PortfolioPage page);

  /**
   * @param page the changed page, read at {@code page.version()}
   * @return the page as stored, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when another transaction moved it on
   * @throws org.copkit.api.shared.NotFoundException when it is not stored
   */
  PortfolioPage update(PortfolioPage page);

  /**
   * @param id an ID
   * @return the page, if stored
   */
  Optional<PortfolioPage> find(PortfolioPageId id);

  /**
   * @param linkHash the hash of a link's token
   * @return the page shared by link with it, if any
   */
  Optional<PortfolioPage> findByLink(String linkHash);

  /**
   * @param owner a member
   * @return their pages, oldest first, ties by ID
   */
  List<PortfolioPage> ofOwner(MemberId owner);
}
