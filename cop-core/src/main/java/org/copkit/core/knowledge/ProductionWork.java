package org.copkit.core.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.copkit.api.community.CommunityId;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.knowledge.OutputCycle;
import org.copkit.api.knowledge.ProductionEvent;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.EventPublisher;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.api.storage.CopStorage;
import org.copkit.core.community.Actor;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.MarkdownRenderer;
import org.copkit.core.shared.UnitOfWork;

/**
 * What the production use cases share: the ports, the community rules, the feed, and who may read
 * which output. A draft or an output in review is its working group's (whoever sees its item's CORE
 * audience); a published one is its community's (its item's audience became COMMUNITY) and that of
 * every community it was diffused to, or everyone's once diffused to the platform. For anyone else
 * it is missing, exactly as an ID never used.
 */
final class ProductionWork {

  final CopStorage storage;
  final CommunityGate communities;
  final MarkdownRenderer renderer;
  final ProductionFeed feed;
  private final EventPublisher events;
  private final Clock clock;
  private final UnitOfWork unitOfWork;

  final org.copkit.core.shared.EvidenceChanges evidence;

  ProductionWork(CopStorage storage, CommunityGate communities, MarkdownRenderer renderer, ProductionFeed feed,
      EventPublisher events, Clock clock, org.copkit.core.shared.EvidenceChanges evidence) {
    this.evidence = evidence;
    this.storage = storage;
    this.communities = communities;
    this.renderer = renderer;
    this.feed = feed;
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

  void publish(ProductionEvent event) {
    events.publish(event);
  }

  /**
   * An output, its cycle and the reader's standing in its community; an output the reader may not
   * read is missing.
   */
  Seen output(Actor actor, KnowledgeItemId id) {
    Validation.required("output", id);
    NotFoundException missing = new NotFoundException("output", id.toString());
    OutputCycle cycle = storage.outputCycles().find(id).orElseThrow(() -> missing);
    KnowledgeItem item = storage.knowledgeItems().find(id).orElseThrow(() -> missing);
    Standing standing = communities.standingAt(actor, cycle.community(), missing.kind(), missing.id());
    if (!standing.sees(item.audience()) && !reaches(actor, cycle)) {
      throw missing;
    }
    return new Seen(standing, item, cycle);
  }

  /** @return whether a published cycle was diffused to the platform or to a community the actor may read */
  boolean reaches(Actor actor, OutputCycle cycle) {
    return reaches(communities, actor, cycle);
  }

  /** @return whether a published cycle was diffused to the platform or to a community the actor may read */
  static boolean reaches(CommunityGate communities, Actor actor, OutputCycle cycle) {
    return cycle.diffusedToPlatform()
        || cycle.diffusedCommunities().stream().anyMatch(community -> readable(communities, actor, community));
  }

  private static boolean readable(CommunityGate communities, Actor actor, CommunityId community) {
    try {
      return communities.standing(actor, community).canRead();
    } catch (NotFoundException gone) {
      return false;
    }
  }

  /** @return the authors of every revision of the item, in the order of their IDs */
  Set<MemberId> authorsOf(KnowledgeItemId item) {
    Set<MemberId> authors = new TreeSet<>((a, b) -> a.value().compareTo(b.value()));
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<KnowledgeRevision> revisions = storage.knowledgeItems().revisions(item, page);
      revisions.items().forEach(revision -> authors.add(revision.author()));
      if (!revisions.hasNext()) {
        return Set.copyOf(authors);
      }
      page = page.next();
    }
  }

  void audit(Standing standing, AuditAction action, Optional<MemberId> subject, KnowledgeItemId output, String detail,
      String note) {
    communities.audit(standing, action, subject, "output " + output + (detail.isEmpty() ? "" : " " + detail), note);
  }

  /**
   * Refuses a change to an output whose cycle has left its draft: the working group writes it while
   * it is a draft, and only then (reviewers review what they were given; a published output is what
   * was approved). The platform's storage is a {@code CopStorage}, so it always holds the cycles.
   *
   * @param storage the knowledge base's storage
   * @param item an item about to be changed
   * @throws ConflictException RULE when it is an output in review, published or assessed
   */
  static void requireDraft(org.copkit.api.knowledge.port.KnowledgeStorage storage, KnowledgeItem item) {
    if (item.kind() != org.copkit.api.knowledge.KnowledgeKind.OUTPUT
        || !(storage instanceof org.copkit.api.knowledge.port.ProductionStorage production)) {
      return;
    }
    production.outputCycles().find(item.id())
        .filter(cycle -> !(cycle.stage() instanceof org.copkit.api.knowledge.OutputStage.Draft))
        .ifPresent(cycle -> {
          throw UnitOfWork.abort(ConflictException.rule("output " + item.id() + " is " + cycle.stage().kind()
              + ": its working group changes it only while it is a draft"));
        });
  }

  /** An output the reader may read, with their standing in its community. */
  record Seen(Standing standing, KnowledgeItem item, OutputCycle cycle) {}
}
