package org.copkit.api.knowledge.port;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;

/**
 * Outbound port: the production cycles of outputs, each stored whole (stage, co-authors, reviews,
 * diffusions) with an optimistic version. Contract: {@code org.copkit.tck.knowledge.OutputCyclesContract}.
 */
public interface OutputCycles {

  /**
   * @param cycle a new cycle at version 0
   * @throws org.copkit.api.shared.ConflictException DUPLICATE when its output has a cycle already
   */
  void add(OutputCycle cycle);

  /**
   * Replaces a cycle if the stored version equals {@code cycle.version()}. Reviews and diffusions
   * are only ever appended: the stored ones are a prefix of the new cycle's.
   *
   * @param cycle the cycle as changed, at the version it was read
   * @return the cycle as stored, at the next version
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when another transaction changed it
   *     first, under any concurrency
   * @throws org.copkit.api.shared.NotFoundException when it is not stored
   */
  OutputCycle update(OutputCycle cycle);

  /**
   * @param output an output
   * @return its cycle, if stored
   */
  Optional<OutputCycle> find(KnowledgeItemId output);

  /**
   * @param community a community
   * @param stages the stages to list
   * @param page which page
   * @return its cycles in those stages, newest started first, ties by output ID
   */
  Page<OutputCycle> inCommunity(CommunityId community, Set<OutputStage.Kind> stages, PageRequest page);

  /**
   * @param member a member
   * @return every cycle the member co-authored, newest started first, ties by output ID
   */
  List<OutputCycle> coAuthoredBy(MemberId member);

  /**
   * @param community a community
   * @param page which page
   * @return the cycles of other communities diffused to it or to the whole platform, newest
   *     started first, ties by output ID
   */
  Page<OutputCycle> diffusedTo(CommunityId community, PageRequest page);
}
