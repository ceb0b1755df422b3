package org.copkit.jpa.learning;

import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.learning.port.LearningUnits;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link LearningUnits} on JPA: {@code cop_learning_unit}. */
final class JpaLearningUnits implements LearningUnits {

  private final JpaTransactions transactions;

  JpaLearningUnits(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(LearningUnit unit) {
    transactions.insert(UnitRow.fromDomain(unit), "learning unit " + unit.id());
  }

  @Override
  public Optional<LearningUnit> find(LearningUnitId id) {
    return Optional.ofNullable(transactions.entityManager().find(UnitRow.class, id.toString())).map(UnitRow::toDomain);
  }

  @Override
  public Page<LearningUnit> inCommunity(CommunityId community, PageRequest page) {
    var em = transactions.entityManager();
    return transactions.page(
        em.createQuery("select u from CopLearningUnit u where u.communityId = :community order by u.publishedAt desc, u.id",
            UnitRow.class).setParameter("community", community.toString()),
        em.createQuery("select count(u) from CopLearningUnit u where u.communityId = :community", Long.class)
            .setParameter("community", community.toString()),
        page, UnitRow::toDomain);
  }
}
