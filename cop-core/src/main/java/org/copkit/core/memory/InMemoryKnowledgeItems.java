package org.copkit.core.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
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

/** {@link KnowledgeItems} in memory: the latest revision of each item, and every revision. */
final class InMemoryKnowledgeItems implements KnowledgeItems {

  private static final Comparator<KnowledgeItem> NEWEST_FIRST =
      Comparator.comparing(KnowledgeItem::createdAt).reversed().thenComparing(i -> i.id().toString());

  private final VersionedStore<KnowledgeItemId, KnowledgeItem> items;
  private final VersionedStore<KnowledgeItemId, List<KnowledgeRevision>> revisions;

  InMemoryKnowledgeItems(InMemoryTransactions transactions) {
    this.items = VersionedStore.unversioned(transactions, "knowledge item");
    this.revisions = VersionedStore.unversioned(transactions, "knowledge item");
  }

  @Override
  public void add(KnowledgeItem item) {
    if (item.revision() != 1) {
      throw new IllegalArgumentException("a new item starts at revision 1");
    }
    items.add(item.id(), item);
    revisions.put(item.id(), old -> List.of(item.current()));
  }

  @Override
  public void revise(KnowledgeItem item) {
    KnowledgeItem stored = items.find(item.id()).orElseThrow(() -> new NotFoundException("knowledge item", item.id().toString()));
    if (stored.revision() != item.revision() - 1) {
      throw ConflictException.staleVersion("knowledge item " + item.id(), item.revision() - 1L);
    }
    // Units of work run one at a time here, so the check above holds until this unit ends.
    items.put(item.id(), old -> item);
    revisions.put(item.id(), old -> {
      List<KnowledgeRevision> next = new ArrayList<>(old);
      next.add(item.current());
      return List.copyOf(next);
    });
  }

  /** @return every item at its latest revision, in no particular order (for the search sources and the evidence of portfolios) */
  java.util.stream.Stream<KnowledgeItem> all() {
    return items.all().stream();
  }

  @Override
  public void curate(KnowledgeItem item) {
    KnowledgeItem stored = items.find(item.id()).orElseThrow(() -> new NotFoundException("knowledge item", item.id().toString()));
    if (stored.revision() != item.revision()) {
      throw ConflictException.staleVersion("knowledge item " + item.id(), item.revision());
    }
    items.put(item.id(), old -> old.curated(item.curation()));
  }

  @Override
  public Optional<KnowledgeItem> find(KnowledgeItemId id) {
    return items.find(id);
  }

  @Override
  public Page<KnowledgeItem> inCommunity(CommunityId community, Set<Audience> audiences, PageRequest page) {
    return inCommunity(community, audiences, KnowledgeFilter.all(), page);
  }

  @Override
  public Page<KnowledgeItem> inCommunity(CommunityId community, Set<Audience> audiences, KnowledgeFilter filter,
      PageRequest page) {
    return Page.of(items.all().stream()
        .filter(i -> i.community().equals(community) && audiences.contains(i.audience()))
        .filter(i -> filter.section().isEmpty() || i.section().equals(filter.section()))
        .filter(i -> filter.tag().map(i.current().content().tags()::contains).orElse(true))
        .filter(i -> filter.competence().map(i.current().content().competences()::contains).orElse(true))
        .sorted(NEWEST_FIRST).toList(), page);
  }

  @Override
  public Page<KnowledgeItem> overdue(CommunityId community, Set<Audience> audiences, Optional<MemberId> owner,
      LocalDate day, PageRequest page) {
    return Page.of(items.all().stream()
        .filter(i -> i.community().equals(community) && audiences.contains(i.audience()))
        .filter(i -> owner.isEmpty() || owner.get().equals(i.curation().owner()))
        .filter(i -> i.overdueOn(day))
        .sorted(Comparator.comparing((KnowledgeItem i) -> i.curation().reviewBy()).thenComparing(i -> i.id().toString()))
        .toList(), page);
  }

  @Override
  public Page<KnowledgeRevision> revisions(KnowledgeItemId id, PageRequest page) {
    List<KnowledgeRevision> newestFirst = new ArrayList<>(revisions.find(id).orElse(List.of()));
    Collections.reverse(newestFirst);
    return Page.of(newestFirst, page);
  }

  @Override
  public Optional<KnowledgeRevision> revision(KnowledgeItemId id, int number) {
    return revisions.find(id).orElse(List.of()).stream().filter(r -> r.number() == number).findFirst();
  }

  @Override
  public void changeAudience(KnowledgeItemId id, Audience audience) {
    KnowledgeItem stored = items.find(id).orElseThrow(() -> new NotFoundException("knowledge item", id.toString()));
    items.put(id, old -> new KnowledgeItem(stored.id(), stored.community(), stored.kind(), audience, stored.createdBy(),
        stored.createdAt(), stored.current(), stored.curation(), stored.provenance()));
  }

  /** @return the items, for privacy */
  VersionedStore<KnowledgeItemId, KnowledgeItem> itemStore() {
    return items;
  }

  /** @return every item's revisions, for privacy */
  VersionedStore<KnowledgeItemId, List<KnowledgeRevision>> revisionStore() {
    return revisions;
  }
}
