package org.copkit.core.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.copkit.api.knowledge.CreateSection;
import org.copkit.api.knowledge.KnowledgeCuration;
import org.copkit.api.knowledge.KnowledgeEvent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.MoveSection;
import org.copkit.api.knowledge.PlaceItem;
import org.copkit.api.knowledge.RenameSection;
import org.copkit.api.knowledge.Section;
import org.copkit.api.knowledge.SetFreshness;
import org.copkit.api.knowledge.SectionId;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.UnitOfWork;

/**
 * {@link KnowledgeCuration}: the section tree and where items are placed in it. The tree stays free
 * of cycles under concurrency: a section created or moved under a parent updates (and so versions)
 * every section from that parent to the top, so two moves that would close a cycle together both
 * write the same sections and one of them is retried, then refused.
 */
final class KnowledgeCurationService implements KnowledgeCuration {

  private final KnowledgeWork work;

  KnowledgeCurationService(KnowledgeWork work) {
    this.work = work;
  }

  @Override
  public Section createSection(MemberId actorId, CreateSection command) {
    Validation.required("command", command);
    return work.command(() -> {
      Standing standing = work.communities.moderating(work.communities.actor(actorId), command.community(),
          "create knowledge-base sections: only e-moderators do");
      work.communities.requireWritable(standing.community());
      command.parent().ifPresent(parent -> lockPath(work.sectionOf("parent", command.community(), parent), 1));
      Section section = new Section(SectionId.random(), command.community(), command.parent(), command.name(), work.now(), 0);
      work.storage.knowledgeSections().add(section);
      changed(standing, section, "created " + section.id() + " «" + section.name() + "»"
          + command.parent().map(p -> " in " + p).orElse(""));
      return section;
    });
  }

  @Override
  public Section renameSection(MemberId actorId, RenameSection command) {
    Validation.required("command", command);
    return work.command(() -> {
      KnowledgeWork.SeenSection seen = moderated(actorId, command.section(), command.expectedVersion());
      Section renamed = work.storage.knowledgeSections().update(seen.section().renamed(command.name()));
      changed(seen.standing(), renamed, "renamed " + renamed.id() + " from «" + seen.section().name() + "» to «"
          + renamed.name() + "»");
      return renamed;
    });
  }

  @Override
  public Section moveSection(MemberId actorId, MoveSection command) {
    Validation.required("command", command);
    return work.command(() -> {
      KnowledgeWork.SeenSection seen = moderated(actorId, command.section(), command.expectedVersion());
      Section section = seen.section();
      if (command.parent().isPresent()) {
        Section parent = work.sectionOf("parent", section.community(), command.parent().get());
        List<Section> path = work.pathToTop(parent);
        if (path.stream().anyMatch(above -> above.id().equals(section.id()))) {
          throw new InvalidInputException("parent", "must not be inside the section moved: that would make a cycle");
        }
        lockPath(parent, height(section));
      }
      Section moved = work.storage.knowledgeSections().update(section.movedUnder(command.parent()));
      changed(seen.standing(), moved, "moved " + moved.id() + " to " + command.parent().map(SectionId::toString).orElse("the top"));
      return moved;
    });
  }

  @Override
  public KnowledgeItem place(MemberId actorId, PlaceItem command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      KnowledgeWork.Seen seen = work.item(actor, command.item());
      KnowledgeItem item = seen.item();
      if (!KnowledgeWork.writes(seen.standing(), item.kind())) {
        throw new AccessDeniedException(actorId, "place knowledge item " + item.id() + ": only those who may change it do");
      }
      work.communities.requireWritable(seen.standing().community());
      command.section().ifPresent(section -> work.sectionOf("section", item.community(), section));
      KnowledgeItem placed = item.curated(item.curation().placedIn(command.section()));
      work.storage.knowledgeItems().curate(placed);
      work.audit(seen.standing(), AuditAction.KNOWLEDGE_ITEM_CURATED, item.kind() + " " + item.id() + " placed in "
          + command.section().map(SectionId::toString).orElse("no section"), "");
      work.changed(new KnowledgeEvent.ItemCurated(item.community(), item.id(), placed.curation(), Optional.of(actorId),
          work.now()));
      return placed;
    });
  }

  @Override
  public KnowledgeItem keepFresh(MemberId actorId, SetFreshness command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      KnowledgeWork.Seen seen = work.item(actor, command.item());
      KnowledgeItem item = seen.item();
      boolean owns = item.curation().owner().equals(actorId) && seen.standing().canWrite();
      if (!owns && !KnowledgeWork.writes(seen.standing(), item.kind())) {
        throw new AccessDeniedException(actorId, "change who keeps knowledge item " + item.id()
            + " fresh: only its owner and those who may change it do");
      }
      work.communities.requireWritable(seen.standing().community());
      if (command.reviewBy().isBefore(work.today())) {
        throw new InvalidInputException("reviewBy", "must be today or later, was " + command.reviewBy());
      }
      if (!work.communities.mayRead(command.owner(), item.community(), item.audience())) {
        throw new InvalidInputException("owner", "must be an active member of the community who may read the item");
      }
      KnowledgeItem kept = item.curated(item.curation().keptBy(command.owner(), command.reviewBy()));
      work.storage.knowledgeItems().curate(kept);
      work.audit(seen.standing(), AuditAction.KNOWLEDGE_ITEM_CURATED, item.kind() + " " + item.id() + " kept by "
          + command.owner() + ", review by " + command.reviewBy(), "");
      work.changed(new KnowledgeEvent.ItemCurated(item.community(), item.id(), kept.curation(), Optional.of(actorId),
          work.now()));
      return kept;
    });
  }

  /** A section its actor moderates, at the version the caller read. */
  private KnowledgeWork.SeenSection moderated(MemberId actorId, SectionId id, long expectedVersion) {
    Actor actor = work.communities.actor(actorId);
    KnowledgeWork.SeenSection seen = work.section(actor, id);
    if (!seen.standing().canModerate()) {
      throw new AccessDeniedException(actorId, "change knowledge-base sections: only e-moderators do");
    }
    work.communities.requireWritable(seen.standing().community());
    if (seen.section().version() != expectedVersion) {
      throw UnitOfWork.abort(ConflictException.staleVersion("knowledge section " + id, expectedVersion));
    }
    return seen;
  }

  /**
   * Checks that a subtree of the given height fits under the parent, and versions every section
   * from the parent to the top, so that a concurrent change of that path conflicts with this one.
   */
  private void lockPath(Section parent, int height) {
    List<Section> path = work.pathToTop(parent);
    if (path.size() + height > Section.MAX_DEPTH) {
      throw new InvalidInputException("parent", "would make the sections deeper than " + Section.MAX_DEPTH + " levels");
    }
    path.forEach(work.storage.knowledgeSections()::update);
  }

  /** @return how many levels the section and the sections inside it take: 1 for a section without any */
  private int height(Section section) {
    Map<SectionId, List<Section>> children = new HashMap<>();
    for (Section each : work.storage.knowledgeSections().inCommunity(section.community())) {
      each.parent().ifPresent(parent -> children.computeIfAbsent(parent, p -> new java.util.ArrayList<>()).add(each));
    }
    return height(section.id(), children, 0);
  }

  private static int height(SectionId id, Map<SectionId, List<Section>> children, int depth) {
    if (depth > Section.MAX_DEPTH * 4) {
      throw new IllegalStateException("the sections below " + id + " hold a cycle");
    }
    int below = 0;
    for (Section child : children.getOrDefault(id, List.of())) {
      below = Math.max(below, height(child.id(), children, depth + 1));
    }
    return 1 + below;
  }

  private void changed(Standing standing, Section section, String detail) {
    work.audit(standing, AuditAction.KNOWLEDGE_SECTION_CHANGED, detail, "");
    work.changed(new KnowledgeEvent.SectionChanged(section.community(), section, Optional.of(standing.actor().id()),
        work.now()));
  }

  /** The change-log topic of reminders sent: read by nobody, its claims say who was told. */
  static final String REMINDER_TOPIC = "knowledge-review";

  @Override
  public int remindOverdue(MemberId actorId, org.copkit.api.community.CommunityId community) {
    Validation.required("community", community);
    return work.command(() -> {
      Standing standing = work.communities.moderating(work.communities.actor(actorId), community,
          "remind owners of overdue knowledge items: only e-moderators do");
      java.util.Set<org.copkit.api.community.Audience> all = java.util.EnumSet.allOf(org.copkit.api.community.Audience.class);
      int told = 0;
      org.copkit.api.shared.PageRequest page = org.copkit.api.shared.PageRequest.first(org.copkit.api.shared.PageRequest.MAX_SIZE);
      while (true) {
        org.copkit.api.shared.Page<KnowledgeItem> overdue = work.storage.knowledgeItems()
            .overdue(community, all, java.util.Optional.empty(), work.today(), page);
        for (KnowledgeItem item : overdue.items()) {
          MemberId owner = item.curation().owner();
          String key = "review-reminder:" + item.id() + ":" + item.curation().reviewBy();
          if (work.storage.changeLog().appendClaiming(REMINDER_TOPIC, key, "reminded " + item.id() + " " + item.curation().reviewBy())) {
            work.notifications.send(new org.copkit.api.notification.Notification(owner,
                org.copkit.api.notification.Notification.Topic.KNOWLEDGE_REVIEW,
                "Due for review: " + item.current().content().title(),
                "You keep «" + item.current().content().title() + "» of «" + standing.community().name()
                    + "» fresh; it was due for review by " + item.curation().reviewBy() + ".",
                "knowledge:" + item.id(), work.now()));
            told++;
          }
        }
        if (!overdue.hasNext()) {
          return told;
        }
        page = page.next();
      }
    });
  }
}
