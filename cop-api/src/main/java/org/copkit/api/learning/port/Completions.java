package org.copkit.api.learning.port;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.learning.Completion;
import org.copkit.api.learning.LearningUnitId;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/** Outbound port: completions, one per member and unit. Contract: {@code org.copkit.tck.learning.CompletionsContract}. */
public interface Completions {

  /**
   * @param completion a new completion
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when the member completed the unit already
   */
  void add(Completion completion);

  /**
   * @param unit a unit
   * @param member a member
   * @return the member's completion of the unit, if any
   */
  Optional<Completion> find(LearningUnitId unit, MemberId member);

  /**
   * @param member a member
   * @param units some units
   * @return those of the units the member completed
   */
  Set<LearningUnitId> completedOf(MemberId member, Collection<LearningUnitId> units);

  /**
   * @param member a member
   * @param page which page
   * @return the member's completions, newest first, ties by unit ID
   */
  Page<Completion> ofMember(MemberId member, PageRequest page);
}
