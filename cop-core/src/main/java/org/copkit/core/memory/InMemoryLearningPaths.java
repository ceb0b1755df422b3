package org.copkit.core.memory;

import java.util.Optional;
import org.copkit.api.learning.LearningPath;
import org.copkit.api.learning.LearningPathId;
import org.copkit.api.learning.port.LearningPaths;

final class InMemoryLearningPaths implements LearningPaths {

  private final VersionedStore<LearningPathId, LearningPath> paths;

  InMemoryLearningPaths(InMemoryTransactions transactions) {
    this.paths = VersionedStore.unversioned(transactions, "learning path");
  }

  @Override
  public void add(LearningPath path) {
    paths.add(path.id(), path);
  }

  @Override
  public Optional<LearningPath> find(LearningPathId id) {
    return paths.find(id);
  }

  /** @return the paths, for privacy */
  VersionedStore<LearningPathId, LearningPath> store() {
    return paths;
  }
}
