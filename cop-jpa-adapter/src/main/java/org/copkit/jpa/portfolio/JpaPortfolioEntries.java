package org.copkit.jpa.portfolio;

import java.util.List;
import org.copkit.api.portfolio.Evidence;
import org.copkit.api.portfolio.port.PortfolioEntries;
import org.copkit.api.shared.MemberId;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link PortfolioEntries} on JPA: {@code cop_portfolio_entry}, insert-only. */
final class JpaPortfolioEntries implements PortfolioEntries {

  private final JpaTransactions transactions;

  JpaPortfolioEntries(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(Evidence evidence) {
    if (!evidence.kind().own() || evidence.community().isPresent()) {
      throw new IllegalArgumentException("only reflections and uploads, without a community, are added");
    }
    transactions.insert(EntryRow.fromDomain(evidence), "portfolio evidence " + evidence.key() + " of " + evidence.member());
  }

  @Override
  public List<Evidence> ofMember(MemberId member) {
    return transactions.entityManager()
        .createQuery("select e from CopPortfolioEntry e where e.memberId = :member order by e.at desc, e.evidenceKey",
            EntryRow.class)
        .setParameter("member", member.value())
        .getResultStream()
        .map(EntryRow::toDomain)
        .toList();
  }
}
