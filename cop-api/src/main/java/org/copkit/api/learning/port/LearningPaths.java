package org.copkit.api.learning.port;

import java.util.Optional;
import org.copkit.api.learning.LearningPath;
import org.copkit.api.learning.LearningPathId;

/** Outbound port: learning paths, immutable once created. Contract: {@code org.copkit.tck.learning.LearningPathsContract}. */
public interface LearningPaths {

  /**
   * @param path a new path
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when its ID is taken
   */
  void add(LearningPath path);

  /**
   * @param id an ID
   * @return the path, with its units in order, if stored
   */
  Optional<LearningPath> find(LearningPathId id);
}
