package org.copkit.core.memory;

import java.util.HashMap;
import java.util.Map;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.Reach;
import org.copkit.api.knowledge.port.ItemReach;

/** {@link ItemReach} in memory: per item, the counts of each revision. */
final class InMemoryItemReach implements ItemReach {

  private final VersionedStore<KnowledgeItemId, Map<Integer, Reach>> counts;

  InMemoryItemReach(InMemoryTransactions transactions) {
    this.counts = VersionedStore.unversioned(transactions, "knowledge reach");
  }

  @Override
  public void count(KnowledgeItemId item, int revision, Reach.Kind kind) {
    Reach one = kind == Reach.Kind.READ ? new Reach(1, 0) : new Reach(0, 1);
    counts.put(item, old -> {
      Map<Integer, Reach> next = old == null ? new HashMap<>() : new HashMap<>(old);
      next.merge(revision, one, Reach::plus);
      return Map.copyOf(next);
    });
  }

  @Override
  public Map<Integer, Reach> of(KnowledgeItemId item) {
    return counts.find(item).orElse(Map.of());
  }
}
