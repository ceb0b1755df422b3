package org.copkit.api.knowledge.port;

import java.util.Map;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.Reach;

/**
 * Outbound port: how many times each revision of a knowledge item was read and its file
 * downloaded; counters only, no record of who. Contract: {@code org.copkit.tck.knowledge.ItemReachContract}.
 *
 * <p>No count is lost under concurrency: counts added by transactions that commit all show, whatever
 * nodes they ran on. The first count of a revision written by two transactions at once may fail the
 * later one with a STALE_VERSION conflict, which the core retries.
 */
public interface ItemReach {

  /**
   * Adds one to a counter.
   *
   * @param item the item
   * @param revision the number of the revision read or downloaded
   * @param kind what to count
   * @throws org.copkit.api.shared.ConflictException STALE_VERSION when a concurrent transaction
   *     wrote the revision's first count first
   */
  void count(KnowledgeItemId item, int revision, Reach.Kind kind);

  /**
   * @param item an item
   * @return for each of its revisions with something counted, its counts
   */
  Map<Integer, Reach> of(KnowledgeItemId item);
}
