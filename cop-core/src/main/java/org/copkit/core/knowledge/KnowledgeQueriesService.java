package org.copkit.core.knowledge;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.KnowledgeFilter;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.OutputStage;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeQueries;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.knowledge.RevisionComparison;
import org.copkit.api.knowledge.Section;
import org.copkit.api.knowledge.SectionId;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.Standing;

/** {@link KnowledgeQueries}: reading items and their revisions. */
final class KnowledgeQueriesService implements KnowledgeQueries {

  private final KnowledgeWork work;

  KnowledgeQueriesService(KnowledgeWork work) {
    this.work = work;
  }

  @Override
  public KnowledgeItem item(MemberId readerId, KnowledgeItemId id) {
    return work.query(() -> work.readable(work.communities.actor(readerId), id));
  }

  @Override
  public boolean mayEdit(MemberId readerId, KnowledgeItemId id) {
    return work.query(() -> {
      Actor actor = work.communities.actor(readerId);
      KnowledgeItem item = work.readable(actor, id);
      return work.own(actor, item)
          .filter(seen -> KnowledgeWork.writes(seen.standing(), item.kind()))
          .filter(seen -> !seen.standing().community().isReadOnly())
          .filter(seen -> item.kind() != KnowledgeKind.OUTPUT || work.storage.outputCycles().find(id)
              .filter(cycle -> !(cycle.stage() instanceof OutputStage.Draft)).isEmpty())
          .isPresent();
    });
  }

  @Override
  public Page<KnowledgeItem> items(MemberId readerId, CommunityId community, PageRequest page) {
    return items(readerId, community, KnowledgeFilter.all(), page);
  }

  @Override
  public Page<KnowledgeItem> items(MemberId readerId, CommunityId community, KnowledgeFilter filter, PageRequest page) {
    Validation.required("community", community);
    Validation.required("filter", filter);
    Validation.required("page", page);
    return work.query(() -> {
      Standing standing = reading(readerId, community);
      filter.section().ifPresent(section -> work.storage.knowledgeSections().find(section)
          .filter(found -> found.community().equals(community))
          .orElseThrow(() -> new NotFoundException("knowledge section", section.toString())));
      return work.storage.knowledgeItems().inCommunity(community, audiences(standing), filter, page);
    });
  }

  @Override
  public Page<KnowledgeItem> overdue(MemberId readerId, CommunityId community, PageRequest page) {
    Validation.required("community", community);
    Validation.required("page", page);
    return work.query(() -> {
      Standing standing = reading(readerId, community);
      Optional<MemberId> owner = standing.canModerate() ? Optional.empty() : Optional.of(readerId);
      return work.storage.knowledgeItems().overdue(community, audiences(standing), owner, work.today(), page);
    });
  }

  private static Set<Audience> audiences(Standing standing) {
    Set<Audience> audiences = EnumSet.noneOf(Audience.class);
    for (Audience audience : Audience.values()) {
      if (standing.sees(audience)) {
        audiences.add(audience);
      }
    }
    return Set.copyOf(audiences);
  }

  @Override
  public List<Section> sections(MemberId readerId, CommunityId community) {
    Validation.required("community", community);
    return work.query(() -> {
      reading(readerId, community);
      List<Section> byName = work.storage.knowledgeSections().inCommunity(community);
      Map<Optional<SectionId>, List<Section>> children = new HashMap<>();
      for (Section section : byName) {
        children.computeIfAbsent(section.parent(), p -> new ArrayList<>()).add(section);
      }
      List<Section> tree = new ArrayList<>();
      addTree(Optional.empty(), children, tree);
      return List.copyOf(tree);
    });
  }

  private static void addTree(Optional<SectionId> parent, Map<Optional<SectionId>, List<Section>> children, List<Section> tree) {
    for (Section section : children.getOrDefault(parent, List.of())) {
      tree.add(section);
      addTree(Optional.of(section.id()), children, tree);
    }
  }

  private Standing reading(MemberId readerId, CommunityId community) {
    Actor actor = work.communities.actor(readerId);
    Standing standing = work.communities.standing(actor, community);
    if (!standing.canRead()) {
      throw new AccessDeniedException(readerId, "read the knowledge base of community " + community + ": only its members do");
    }
    return standing;
  }

  @Override
  public Page<KnowledgeRevision> revisions(MemberId readerId, KnowledgeItemId id, PageRequest page) {
    Validation.required("page", page);
    return work.query(() -> {
      KnowledgeItem item = work.readable(work.communities.actor(readerId), id);
      return work.storage.knowledgeItems().revisions(item.id(), page);
    });
  }

  @Override
  public KnowledgeRevision revision(MemberId readerId, KnowledgeItemId id, int number) {
    return work.query(() -> {
      KnowledgeItem item = work.readable(work.communities.actor(readerId), id);
      return revisionOf(item, number);
    });
  }

  @Override
  public RevisionComparison compare(MemberId readerId, KnowledgeItemId id, int from, int to) {
    return work.query(() -> {
      KnowledgeItem item = work.readable(work.communities.actor(readerId), id);
      return RevisionComparison.of(revisionOf(item, from), revisionOf(item, to));
    });
  }

  private KnowledgeRevision revisionOf(KnowledgeItem item, int number) {
    return work.storage.knowledgeItems().revision(item.id(), number)
        .orElseThrow(() -> new NotFoundException("knowledge revision", item.id() + "/" + number));
  }
}
