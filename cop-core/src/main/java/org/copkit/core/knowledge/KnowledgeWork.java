package org.copkit.core.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import org.copkit.api.community.Role;
import org.copkit.api.community.Tier;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.port.KnowledgeStorage;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.CommunityGate;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.MarkdownRenderer;
import org.copkit.core.shared.UnitOfWork;

/**
 * What the knowledge-base use cases share: the port, the renderer, the community rules, and who
 * may read and write which item (an item its reader may not read is missing, exactly as an ID
 * never used).
 */
final class KnowledgeWork {

  final KnowledgeStorage storage;
  final CommunityGate communities;
  final MarkdownRenderer renderer;
  private final Clock clock;
  private final UnitOfWork unitOfWork;

  KnowledgeWork(KnowledgeStorage storage, CommunityGate communities, MarkdownRenderer renderer, Clock clock) {
    this.storage = storage;
    this.communities = communities;
    this.renderer = renderer;
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

  /** An item and the reader's standing; an item the reader may not read is missing. */
  Seen item(Actor actor, KnowledgeItemId id) {
    Validation.required("item", id);
    NotFoundException missing = new NotFoundException("knowledge item", id.toString());
    KnowledgeItem item = storage.knowledgeItems().find(id).orElseThrow(() -> missing);
    Standing standing = communities.standingAt(actor, item.community(), missing.kind(), missing.id());
    if (!standing.sees(item.audience())) {
      throw missing;
    }
    return new Seen(standing, item);
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

  /** An item the reader may read, with their standing in its community. */
  record Seen(Standing standing, KnowledgeItem item) {}
}
