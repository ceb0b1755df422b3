package org.copkit.jpa.knowledge;

import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.knowledge.port.KnowledgeItems;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.jpa.shared.JpaTransactions;

/**
 * {@link KnowledgeItems} on JPA: {@code cop_knowledge_item} and {@code cop_knowledge_revision}. A
 * revision moves the item's row to its number first (the optimistic version makes a concurrent
 * mover wait, then fail), then inserts the revision.
 */
final class JpaKnowledgeItems implements KnowledgeItems {

  private final JpaTransactions transactions;

  JpaKnowledgeItems(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public void add(KnowledgeItem item) {
    if (item.revision() != 1) {
      throw new IllegalArgumentException("a new item starts at revision 1");
    }
    transactions.insert(ItemRow.fromDomain(item), "knowledge item " + item.id());
    transactions.insert(RevisionRow.fromDomain(item.current()), "knowledge item " + item.id());
  }

  @Override
  public void revise(KnowledgeItem item) {
    String what = "knowledge item " + item.id();
    ItemRow row = transactions.entityManager().find(ItemRow.class, item.id().toString());
    if (row == null) {
      throw new NotFoundException("knowledge item", item.id().toString());
    }
    if (row.currentRevision() != item.revision() - 1) {
      throw ConflictException.staleVersion(what, item.revision() - 1L);
    }
    long version = row.version();
    row.moveTo(item.revision());
    transactions.flushUpdate(row, true, what, version);
    try {
      transactions.insert(RevisionRow.fromDomain(item.current()), what);
    } catch (ConflictException e) {
      throw e.kind() == ConflictException.Kind.DUPLICATE ? ConflictException.staleVersion(what, item.revision() - 1L) : e;
    }
  }

  @Override
  public Optional<KnowledgeItem> find(KnowledgeItemId id) {
    ItemRow row = transactions.entityManager().find(ItemRow.class, id.toString());
    return Optional.ofNullable(row).map(this::withCurrent);
  }

  private KnowledgeItem withCurrent(ItemRow row) {
    RevisionRow current = transactions.entityManager()
        .find(RevisionRow.class, RevisionRow.key(KnowledgeItemId.of(row.id()), row.currentRevision()));
    return row.toDomain(current.toDomain());
  }

  @Override
  public Page<KnowledgeItem> inCommunity(CommunityId community, Set<Audience> audiences, PageRequest page) {
    var em = transactions.entityManager();
    var names = audiences.stream().map(Audience::name).toList();
    if (names.isEmpty()) {
      return new Page<>(java.util.List.of(), page, 0);
    }
    return transactions.page(
        em.createQuery("select i from CopKnowledgeItem i where i.communityId = :community and i.audience in :audiences"
                + " order by i.createdAt desc, i.id", ItemRow.class)
            .setParameter("community", community.toString()).setParameter("audiences", names),
        em.createQuery("select count(i) from CopKnowledgeItem i where i.communityId = :community and i.audience in :audiences",
                Long.class)
            .setParameter("community", community.toString()).setParameter("audiences", names),
        page, this::withCurrent);
  }

  @Override
  public Page<KnowledgeRevision> revisions(KnowledgeItemId id, PageRequest page) {
    var em = transactions.entityManager();
    return transactions.page(
        em.createQuery("select r from CopKnowledgeRevision r where r.itemId = :item order by r.number desc", RevisionRow.class)
            .setParameter("item", id.toString()),
        em.createQuery("select count(r) from CopKnowledgeRevision r where r.itemId = :item", Long.class)
            .setParameter("item", id.toString()),
        page, RevisionRow::toDomain);
  }

  @Override
  public Optional<KnowledgeRevision> revision(KnowledgeItemId id, int number) {
    return Optional.ofNullable(transactions.entityManager().find(RevisionRow.class, RevisionRow.key(id, number)))
        .map(RevisionRow::toDomain);
  }
}
