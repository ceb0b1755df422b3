package org.copkit.core.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.copkit.api.portfolio.PortfolioPage;
import org.copkit.api.portfolio.PortfolioPageId;
import org.copkit.api.portfolio.port.PortfolioPages;
import org.copkit.api.shared.MemberId;

/** {@link PortfolioPages} in memory. */
final class InMemoryPortfolioPages implements PortfolioPages {

  private final VersionedStore<PortfolioPageId, PortfolioPage> pages;

  InMemoryPortfolioPages(InMemoryTransactions transactions) {
    this.pages = new VersionedStore<>(transactions, "portfolio page", PortfolioPage::version, PortfolioPage::withVersion);
  }

  @Override
  public void add(PortfolioPage page) {
    pages.add(page.id(), page);
  }

  @Override
  public PortfolioPage update(PortfolioPage page) {
    return pages.update(page.id(), page);
  }

  @Override
  public Optional<PortfolioPage> find(PortfolioPageId id) {
    return pages.find(id);
  }

  @Override
  public Optional<PortfolioPage> findByLink(String linkHash) {
    return pages.all().stream().filter(p -> p.linkHash().filter(linkHash::equals).isPresent()).findFirst();
  }

  @Override
  public List<PortfolioPage> ofOwner(MemberId owner) {
    return pages.all().stream().filter(p -> p.owner().equals(owner))
        .sorted(Comparator.comparing(PortfolioPage::createdAt).thenComparing(p -> p.id().toString())).toList();
  }

  /** @return the pages, for privacy */
  VersionedStore<PortfolioPageId, PortfolioPage> store() {
    return pages;
  }
}
