package org.copkit.core.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.knowledge.KnowledgeEvent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.Section;
import org.copkit.api.knowledge.SectionId;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.community.Actor;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.EvidenceChanges;
import org.copkit.core.shared.MarkdownRenderer;
import org.copkit.core.shared.UnitOfWork;

/**
 * What the knowledge-base use cases share: the ports, the renderer, the community rules, who may
 * read and write which item (an item its reader may not read is missing, exactly as an ID never
 * used), and the steps every write takes: audit, domain event, change-log entry.
 */
final class KnowledgeWork {

  final CopStorage storage;
  final CommunityGate communities;
  final MarkdownRenderer renderer;
  private final EventPublisher events;
  private final Clock clock;
  final EvidenceChanges evidence;
  final KnowledgeFeed feed;
  /** Tells people, through their attention settings: at once, or in their digest. */
  final org.copkit.api.notification.Notifications notifications;
  private final UnitOfWork unitOfWork;

  KnowledgeWork(CopStorage storage, CommunityGate communities, MarkdownRenderer renderer, EventPublisher events,
      Clock clock, EvidenceChanges evidence, KnowledgeFeed feed, org.copkit.api.notification.Notifications notifications) {
    this.notifications = notifications;
    this.evidence = evidence;
    this.feed = feed;
    this.storage = storage;
    this.communities = communities;
    this.renderer = renderer;
    this.events = events;
    this.clock = clock;
    this.unitOfWork = new UnitOfWork(storage.transactions());
  }

  <T> T command(Supplier<T> work) {
    return unitOfWork.run(work);
  }

  <T> T query(Supplier<T> work) {
    return unitOfWork.read(work);
  }

  /** @return now, to the microsecond (what every storage keeps) */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** @return today, in UTC, on the platform's clock */
  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /**
   * An item of the reader's own community and their standing there: the item of every write and
   * of feedback. An item the reader may not read is missing; an output they read only because it
   * was diffused to them (see {@link #readable}) is theirs to read, not to change: access denied.
   */
  Seen item(Actor actor, KnowledgeItemId id) {
    Validation.required("item", id);
    NotFoundException missing = new NotFoundException("knowledge item", id.toString());
    KnowledgeItem item = storage.knowledgeItems().find(id).orElseThrow(() -> missing);
    Optional<Seen> seen = own(actor, item);
    if (seen.isPresent()) {
      return seen.get();
    }
    if (diffusedTo(actor, item)) {
      throw new AccessDeniedException(actor.id(), "change or give feedback on output " + id
          + ": it was diffused to them to read; its own community's members work on it");
    }
    throw missing;
  }

  /**
   * An item the reader may read: one of their own community's they see (see {@link #item}), or a
   * published output diffused to the platform or to a community they read. Anything else is
   * missing, exactly as an ID never used.
   */
  KnowledgeItem readable(Actor actor, KnowledgeItemId id) {
    Validation.required("item", id);
    NotFoundException missing = new NotFoundException("knowledge item", id.toString());
    KnowledgeItem item = storage.knowledgeItems().find(id).orElseThrow(() -> missing);
    if (own(actor, item).isPresent() || diffusedTo(actor, item)) {
      return item;
    }
    throw missing;
  }

  /** @return the reader's standing with the item, when they see it in its own community */
  Optional<Seen> own(Actor actor, KnowledgeItem item) {
    Standing standing;
    try {
      standing = communities.standingAt(actor, item.community(), "knowledge item", item.id().toString());
    } catch (NotFoundException hidden) {
      return Optional.empty();
    }
    return standing.sees(item.audience()) ? Optional.of(new Seen(standing, item)) : Optional.empty();
  }

  /** @return whether the item is a published output diffused to the platform or to a community the actor reads */
  private boolean diffusedTo(Actor actor, KnowledgeItem item) {
    return item.kind() == KnowledgeKind.OUTPUT && storage.outputCycles().find(item.id())
        .filter(cycle -> ProductionWork.reaches(communities, actor, cycle)).isPresent();
  }

  /** A section and the reader's standing; a section of a community the reader may not read is missing. */
  SeenSection section(Actor actor, SectionId id) {
    Validation.required("section", id);
    NotFoundException missing = new NotFoundException("knowledge section", id.toString());
    Section section = storage.knowledgeSections().find(id).orElseThrow(() -> missing);
    Standing standing = communities.standingAt(actor, section.community(), missing.kind(), missing.id());
    if (!standing.canRead()) {
      throw missing;
    }
    return new SeenSection(standing, section);
  }

  /**
   * @param field the command's field that names the section
   * @param community the community it must belong to
   * @param id the section
   * @return the section
   * @throws InvalidInputException naming the field when it is not a section of the community
   */
  Section sectionOf(String field, CommunityId community, SectionId id) {
    return storage.knowledgeSections().find(id)
        .filter(section -> section.community().equals(community))
        .orElseThrow(() -> new InvalidInputException(field, "must be a section of community " + community));
  }

  /**
   * @param section a section
   * @return the section and its ancestors, the section first
   */
  List<Section> pathToTop(Section section) {
    List<Section> path = new ArrayList<>();
    Optional<Section> next = Optional.of(section);
    while (next.isPresent()) {
      Section at = next.get();
      path.add(at);
      if (path.size() > Section.MAX_DEPTH * 4) {
        throw new IllegalStateException("the sections above " + section.id() + " hold a cycle");
      }
      next = at.parent().flatMap(storage.knowledgeSections()::find);
    }
    return path;
  }

  /**
   * @return whether the standing's actor may write items of the kind: administrators; members who
   *     write there and are experts or e-moderators, or, but for pills, CORE members
   */
  static boolean writes(Standing standing, KnowledgeKind kind) {
    if (!standing.canWrite()) {
      return false;
    }
    if (standing.actor().isAdministrator()) {
      return true;
    }
    return standing.membership()
        .filter(m -> m.has(Role.EXPERT) || m.has(Role.E_MODERATOR) || (kind != KnowledgeKind.PILL && m.tier() == Tier.CORE))
        .isPresent();
  }

  void audit(Standing standing, AuditAction action, String detail, String note) {
    communities.audit(standing, action, Optional.empty(), detail, note);
  }

  /**
   * Records a change in the unit of work: the domain event, and the change-log entry from which
   * derived structures (a search index) learn of it on every node.
   */
  void changed(KnowledgeEvent event) {
    events.publish(event);
    storage.changeLog().append(KnowledgeChange.TOPIC, KnowledgeChange.of(event));
  }

  /** An item the reader may read, with their standing in its community. */
  record Seen(Standing standing, KnowledgeItem item) {}

  /** A section the reader may read, with their standing in its community. */
  record SeenSection(Standing standing, Section section) {}
}
