package org.copkit.jpa.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.KnowledgeFilter;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.knowledge.port.KnowledgeItems;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.MemberId;
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
    List<MemberId> coAuthors = item.provenance().coAuthors();
    for (int i = 0; i < coAuthors.size(); i++) {
      transactions.entityManager().persist(CoAuthorRow.of(item.id(), coAuthors.get(i), i));
    }
    transactions.flush("knowledge item " + item.id());
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
    row.curate(item.curation());
    transactions.flushUpdate(row, true, what, version);
    try {
      transactions.insert(RevisionRow.fromDomain(item.current()), what);
    } catch (ConflictException e) {
      throw e.kind() == ConflictException.Kind.DUPLICATE ? ConflictException.staleVersion(what, item.revision() - 1L) : e;
    }
  }

  @Override
  public void curate(KnowledgeItem item) {
    String what = "knowledge item " + item.id();
    ItemRow row = transactions.entityManager().find(ItemRow.class, item.id().toString());
    if (row == null) {
      throw new NotFoundException("knowledge item", item.id().toString());
    }
    if (row.currentRevision() != item.revision()) {
      throw ConflictException.staleVersion(what, item.revision());
    }
    long version = row.version();
    transactions.flushUpdate(row, row.curate(item.curation()), what, version);
  }

  @Override
  public Optional<KnowledgeItem> find(KnowledgeItemId id) {
    ItemRow row = transactions.entityManager().find(ItemRow.class, id.toString());
    return Optional.ofNullable(row).map(found -> withCurrent(List.of(found)).get(0));
  }

  /** The items of the rows, each with its latest revision and its co-authors (read for all rows at once). */
  private List<KnowledgeItem> withCurrent(List<ItemRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    var em = transactions.entityManager();
    Map<String, List<MemberId>> coAuthors = new HashMap<>();
    em.createQuery("select c from CopKnowledgeCoAuthor c where c.itemId in :items order by c.itemId, c.position",
            CoAuthorRow.class)
        .setParameter("items", rows.stream().map(ItemRow::id).toList())
        .getResultStream()
        .forEach(c -> coAuthors.computeIfAbsent(c.itemId(), k -> new ArrayList<>()).add(c.member()));
    List<KnowledgeItem> items = new ArrayList<>(rows.size());
    for (ItemRow row : rows) {
      RevisionRow current = em.find(RevisionRow.class, RevisionRow.key(KnowledgeItemId.of(row.id()), row.currentRevision()));
      items.add(row.toDomain(current.toDomain(), coAuthors.getOrDefault(row.id(), List.of())));
    }
    return items;
  }

  /** The first {@code max} items with an ID after {@code after}, by ID, each at its latest revision. */
  List<KnowledgeItem> after(Optional<KnowledgeItemId> after, int max) {
    String where = after.isPresent() ? " where i.id > :after" : "";
    jakarta.persistence.TypedQuery<ItemRow> query = transactions.entityManager().createQuery(
        "select i from CopKnowledgeItem i" + where + " order by i.id", ItemRow.class);
    after.ifPresent(id -> query.setParameter("after", id.toString()));
    return withCurrent(query.setMaxResults(max).getResultList());
  }

  @Override
  public Page<KnowledgeItem> inCommunity(CommunityId community, Set<Audience> audiences, PageRequest page) {
    return inCommunity(community, audiences, KnowledgeFilter.all(), page);
  }

  @Override
  public Page<KnowledgeItem> inCommunity(CommunityId community, Set<Audience> audiences, KnowledgeFilter filter,
      PageRequest page) {
    var em = transactions.entityManager();
    var names = audiences.stream().map(Audience::name).toList();
    if (names.isEmpty()) {
      return new Page<>(List.of(), page, 0);
    }
    StringBuilder where = new StringBuilder(" where i.communityId = :community and i.audience in :audiences");
    if (filter.section().isPresent()) {
      where.append(" and i.sectionId = :section");
    }
    if (filter.tag().isPresent() || filter.competence().isPresent()) {
      // The latest revision's sets are texts of single-space-separated entries without whitespace.
      where.append(" and exists (select r from CopKnowledgeRevision r where r.itemId = i.id and r.number = i.currentRevision");
      filter.tag().ifPresent(t -> where.append(" and concat(' ', r.tags, ' ') like :tag escape '!'"));
      filter.competence().ifPresent(c -> where.append(" and concat(' ', r.competences, ' ') like :competence escape '!'"));
      where.append(")");
    }
    var rows = em.createQuery("select i from CopKnowledgeItem i" + where + " order by i.createdAt desc, i.id", ItemRow.class);
    var count = em.createQuery("select count(i) from CopKnowledgeItem i" + where, Long.class);
    for (var query : List.of(rows, count)) {
      query.setParameter("community", community.toString()).setParameter("audiences", names);
      filter.section().ifPresent(section -> query.setParameter("section", section.toString()));
      filter.tag().ifPresent(tag -> query.setParameter("tag", "% " + escapeLike(tag) + " %"));
      filter.competence().ifPresent(competence -> query.setParameter("competence", "% " + escapeLike(competence) + " %"));
    }
    Page<ItemRow> found = transactions.page(rows, count, page, row -> row);
    return new Page<>(withCurrent(found.items()), page, found.total());
  }

  @Override
  public Page<KnowledgeItem> overdue(CommunityId community, Set<Audience> audiences, Optional<MemberId> owner,
      java.time.LocalDate day, PageRequest page) {
    var em = transactions.entityManager();
    var names = audiences.stream().map(Audience::name).toList();
    if (names.isEmpty()) {
      return new Page<>(List.of(), page, 0);
    }
    String where = " where i.communityId = :community and i.audience in :audiences and i.reviewBy < :day"
        + (owner.isPresent() ? " and i.ownerId = :owner" : "");
    var rows = em.createQuery("select i from CopKnowledgeItem i" + where + " order by i.reviewBy, i.id", ItemRow.class);
    var count = em.createQuery("select count(i) from CopKnowledgeItem i" + where, Long.class);
    for (var query : List.of(rows, count)) {
      query.setParameter("community", community.toString()).setParameter("audiences", names).setParameter("day", day);
      owner.ifPresent(o -> query.setParameter("owner", o.value()));
    }
    Page<ItemRow> found = transactions.page(rows, count, page, row -> row);
    return new Page<>(withCurrent(found.items()), page, found.total());
  }

  private static String escapeLike(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
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

  @Override
  public void changeAudience(KnowledgeItemId id, Audience audience) {
    ItemRow row = transactions.entityManager().find(ItemRow.class, id.toString());
    if (row == null) {
      throw new NotFoundException("knowledge item", id.toString());
    }
    long version = row.version();
    row.changeAudience(audience);
    transactions.flushUpdate(row, true, "knowledge item " + id, version);
  }
}
