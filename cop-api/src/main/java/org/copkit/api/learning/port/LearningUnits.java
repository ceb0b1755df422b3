package org.copkit.api.learning.port;

import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.learning.LearningUnit;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/** Outbound port: learning units, immutable once published. Contract: {@code org.copkit.tck.learning.LearningUnitsContract}. */
public interface LearningUnits {

  /**
   * @param unit a new unit
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when its ID is taken
   */
  void add(LearningUnit unit);

  /**
   * @param id an ID
   * @return the unit, if stored
   */
  Optional<LearningUnit> find(LearningUnitId id);

  /**
   * @param community a community
   * @param page which page
   * @return its units, newest first, ties by ID
   */
  Page<LearningUnit> inCommunity(CommunityId community, PageRequest page);
}
