package org.copkit.jpa.knowledge;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.Map;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.Reach;
import org.copkit.api.knowledge.port.ItemReach;
import org.copkit.api.shared.ConflictException;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link ItemReach} on JPA: {@code cop_item_reach}, one row per item and revision. A count is an
 * {@code UPDATE} that adds one in the database (so concurrent counts all add up, on any node), or,
 * for a revision's first count, an insert whose loser of a race is told to retry.
 */
final class JpaItemReach implements ItemReach {

  private final JpaTransactions transactions;

  JpaItemReach(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void count(KnowledgeItemId item, int revision, Reach.Kind kind) {
    String column = kind == Reach.Kind.READ ? "reads" : "downloads";
    int updated = entityManager()
        .createQuery("update CopItemReach r set r." + column + " = r." + column + " + 1"
            + " where r.itemId = :item and r.revision = :revision")
        .setParameter("item", item.toString())
        .setParameter("revision", revision)
        .executeUpdate();
    if (updated == 0) {
      String what = "reach of revision " + revision + " of knowledge item " + item;
      try {
        transactions.insert(new ReachRow(item, revision, kind == Reach.Kind.READ ? 1 : 0,
            kind == Reach.Kind.DOWNLOAD ? 1 : 0), what);
      } catch (ConflictException lost) {
        if (lost.kind() != ConflictException.Kind.DUPLICATE) {
          throw lost;
        }
        throw ConflictException.staleVersion(what + " (another transaction counted it first)", 0);
      }
    }
  }

  @Override
  public Map<Integer, Reach> of(KnowledgeItemId item) {
    Map<Integer, Reach> counts = new HashMap<>();
    entityManager()
        .createQuery("select r.revision as revision, r.reads as reads, r.downloads as downloads from CopItemReach r"
            + " where r.itemId = :item", Tuple.class)
        .setParameter("item", item.toString())
        .getResultStream()
        .forEach(row -> counts.put(row.get("revision", Integer.class),
            new Reach(row.get("reads", Long.class), row.get("downloads", Long.class))));
    return Map.copyOf(counts);
  }

  private EntityManager entityManager() {
    return transactions.entityManager();
  }
}
