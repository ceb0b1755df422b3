package org.copkit.jpa.learning;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.learning.port.Completions;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link Completions} on JPA: {@code cop_completion}, whose key holds one completion per unit and member. */
final class JpaCompletions implements Completions {

  private final JpaTransactions transactions;

  JpaCompletions(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(Completion completion) {
    transactions.insert(CompletionRow.fromDomain(completion),
        "completion of learning unit " + completion.unit() + " by " + completion.member());
  }

  @Override
  public Optional<Completion> find(LearningUnitId unit, MemberId member) {
    return Optional.ofNullable(transactions.entityManager().find(CompletionRow.class, CompletionRow.key(unit, member)))
        .map(CompletionRow::toDomain);
  }

  @Override
  public Set<LearningUnitId> completedOf(MemberId member, Collection<LearningUnitId> units) {
    if (units.isEmpty()) {
      return Set.of();
    }
    List<String> ids = units.stream().map(LearningUnitId::toString).distinct().toList();
    Set<LearningUnitId> completed = new HashSet<>();
    transactions.entityManager()
        .createQuery("select c.unitId from CopCompletion c where c.memberId = :member and c.unitId in :units", String.class)
        .setParameter("member", member.value())
        .setParameter("units", ids)
        .getResultStream()
        .forEach(id -> completed.add(LearningUnitId.of(id)));
    return completed;
  }

  @Override
  public Page<Completion> ofMember(MemberId member, PageRequest page) {
    var em = transactions.entityManager();
    return transactions.page(
        em.createQuery("select c from CopCompletion c where c.memberId = :member order by c.completedAt desc, c.unitId",
            CompletionRow.class).setParameter("member", member.value()),
        em.createQuery("select count(c) from CopCompletion c where c.memberId = :member", Long.class)
            .setParameter("member", member.value()),
        page, CompletionRow::toDomain);
  }
}
