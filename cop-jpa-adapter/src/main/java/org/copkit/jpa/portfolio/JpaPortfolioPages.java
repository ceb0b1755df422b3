package org.copkit.jpa.portfolio;

import java.util.List;
import java.util.Optional;
import org.copkit.api.portfolio.PortfolioPage;
import org.copkit.api.portfolio.PortfolioPageId;
import org.copkit.api.portfolio.port.PortfolioPages;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link PortfolioPages} on JPA: {@code cop_portfolio_page}, optimistically locked. */
final class JpaPortfolioPages implements PortfolioPages {

  private final JpaTransactions transactions;

  JpaPortfolioPages(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(PortfolioPage page) {
    transactions.insert(PageRow.fromDomain(page), "portfolio page " + page.id());
  }

  @Override
  public PortfolioPage update(PortfolioPage page) {
    String what = "portfolio page " + page.id();
    PageRow row = transactions.entityManager().find(PageRow.class, page.id().toString());
    if (row == null) {
      throw new NotFoundException("portfolio page", page.id().toString());
    }
    if (row.version() != page.version()) {
      throw ConflictException.staleVersion(what, page.version());
    }
    boolean changed = !row.toDomain().equals(page);
    row.copyChanges(page);
    transactions.flushUpdate(row, changed, what, page.version());
    return row.toDomain();
  }

  @Override
  public Optional<PortfolioPage> find(PortfolioPageId id) {
    return Optional.ofNullable(transactions.entityManager().find(PageRow.class, id.toString())).map(PageRow::toDomain);
  }

  @Override
  public Optional<PortfolioPage> findByLink(String linkHash) {
    return transactions.entityManager()
        .createQuery("select p from CopPortfolioPage p where p.linkHash = :hash", PageRow.class)
        .setParameter("hash", linkHash)
        .getResultStream()
        .findFirst()
        .map(PageRow::toDomain);
  }

  @Override
  public List<PortfolioPage> ofOwner(MemberId owner) {
    return transactions.entityManager()
        .createQuery("select p from CopPortfolioPage p where p.owner = :owner order by p.createdAt, p.id", PageRow.class)
        .setParameter("owner", owner.value())
        .getResultStream()
        .map(PageRow::toDomain)
        .toList();
  }
}
