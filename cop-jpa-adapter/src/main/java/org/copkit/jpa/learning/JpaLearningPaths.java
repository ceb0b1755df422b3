package org.copkit.jpa.learning;

import java.util.Optional;
import org.copkit.api.learning.LearningPath;
import org.copkit.api.learning.LearningPathId;
import org.copkit.api.learning.port.LearningPaths;
import org.copkit.jpa.shared.JpaTransactions;

/** {@link LearningPaths} on JPA: {@code cop_learning_path}. */
final class JpaLearningPaths implements LearningPaths {

  private final JpaTransactions transactions;

  JpaLearningPaths(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(LearningPath path) {
    transactions.insert(PathRow.fromDomain(path), "learning path " + path.id());
  }

  @Override
  public Optional<LearningPath> find(LearningPathId id) {
    return Optional.ofNullable(transactions.entityManager().find(PathRow.class, id.toString())).map(PathRow::toDomain);
  }
}
