package org.copkit.tck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.Reach;
import org.copkit.api.knowledge.port.ItemReach;
import org.copkit.api.shared.ConflictException;
import org.copkit.tck.shared.Race;
import org.copkit.tck.shared.StorageContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ItemReach}: reads and downloads counted per item and revision; an item
 * with nothing counted has no entry; counts added at once by many transactions are all kept (the
 * losers of a first count told to retry with STALE_VERSION); a unit of work that fails counts
 * nothing.
 */
public abstract class ItemReachContract extends StorageContract {

  private final KnowledgeItemId item = KnowledgeItemId.random();
  private ItemReach reach;

  /** For subclasses. */
  protected ItemReachContract() {}

  @BeforeEach
  final void openPorts() {
    reach = eachCallInATransaction(ItemReach.class, storage -> storage.itemReach());
  }

  @Test
  void countsReadsAndDownloadsPerRevision() {
    reach.count(item, 1, Reach.Kind.READ);
    reach.count(item, 1, Reach.Kind.READ);
    reach.count(item, 1, Reach.Kind.DOWNLOAD);
    reach.count(item, 3, Reach.Kind.DOWNLOAD);
    KnowledgeItemId other = KnowledgeItemId.random();
    reach.count(other, 1, Reach.Kind.READ);

    assertThat(reach.of(item)).isEqualTo(Map.of(1, new Reach(2, 1), 3, new Reach(0, 1)));
    assertThat(reach.of(other)).isEqualTo(Map.of(1, new Reach(1, 0)));
    assertThat(reach.of(KnowledgeItemId.random())).isEmpty();
  }

  @Test
  void aUnitOfWorkThatFailsCountsNothing() {
    reach.count(item, 1, Reach.Kind.READ);
    try {
      inTransaction(() -> {
        store().itemReach().count(item, 1, Reach.Kind.READ);
        store().itemReach().count(item, 2, Reach.Kind.DOWNLOAD);
        throw new IllegalStateException("boom");
      });
    } catch (IllegalStateException expected) {
      // rolled back
    }

    assertThat(reach.of(item)).isEqualTo(Map.of(1, new Reach(1, 0)));
  }

  @Test
  void losesNoCountUnderConcurrency() throws Exception {
    int threads = 6;
    int each = 15;
    AtomicInteger retried = new AtomicInteger();
    Race.run(threads, thread -> {
      for (int i = 0; i < each; i++) {
        Reach.Kind kind = i % 3 == 0 ? Reach.Kind.DOWNLOAD : Reach.Kind.READ;
        while (true) {
          try {
            inTransaction(() -> store().itemReach().count(item, 1, kind));
            break;
          } catch (ConflictException lost) {
            assertThat(lost.kind()).isEqualTo(ConflictException.Kind.STALE_VERSION);
            retried.incrementAndGet();
          }
        }
      }
    });

    assertThat(reach.of(item)).isEqualTo(Map.of(1, new Reach(threads * 10L, threads * 5L)));
  }
}
