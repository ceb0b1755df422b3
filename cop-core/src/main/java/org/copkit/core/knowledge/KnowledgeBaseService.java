package org.copkit.core.knowledge;

import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.EditItem;
import org.copkit.api.knowledge.KnowledgeBase;
import org.copkit.api.knowledge.KnowledgeContent;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;
import org.copkit.api.knowledge.KnowledgeKind;
import org.copkit.api.knowledge.KnowledgeRevision;
import org.copkit.api.knowledge.RestoreRevision;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.AuditAction;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.UnitOfWork;

/** {@link KnowledgeBase}: creating, changing and restoring knowledge items. */
final class KnowledgeBaseService implements KnowledgeBase {

  private final KnowledgeWork work;

  KnowledgeBaseService(KnowledgeWork work) {
    this.work = work;
  }

  @Override
  public KnowledgeItem create(MemberId actorId, CreateItem command) {
    Validation.required("command", command);
    String html = work.renderer.render(command.content().body()).html();
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      Standing standing = work.communities.standing(actor, command.community());
      if (!KnowledgeWork.writes(standing, command.kind()) || !standing.sees(command.audience())) {
        throw new AccessDeniedException(actorId, "write " + describe(command.kind()) + " for audience "
            + command.audience() + " in community " + command.community());
      }
      work.communities.requireWritable(standing.community());
      KnowledgeItemId id = KnowledgeItemId.random();
      KnowledgeRevision first = new KnowledgeRevision(id, 1, command.content(), html, actorId, work.now(), command.note(), 0);
      KnowledgeItem item = new KnowledgeItem(id, command.community(), command.kind(), command.audience(), actorId,
          first.at(), first);
      work.storage.knowledgeItems().add(item);
      work.audit(standing, AuditAction.KNOWLEDGE_ITEM_CREATED, command.kind() + " " + id, command.note());
      return item;
    });
  }

  @Override
  public KnowledgeItem edit(MemberId actorId, EditItem command) {
    Validation.required("command", command);
    String html = work.renderer.render(command.content().body()).html();
    return work.command(() -> {
      KnowledgeWork.Seen seen = writable(actorId, command.item(), command.basedOn());
      requireLink(seen.item().kind(), command.content());
      return revise(seen, command.content(), html, actorId, command.note(), 0, AuditAction.KNOWLEDGE_ITEM_REVISED);
    });
  }

  @Override
  public KnowledgeItem restore(MemberId actorId, RestoreRevision command) {
    Validation.required("command", command);
    return work.command(() -> {
      KnowledgeWork.Seen seen = writable(actorId, command.item(), command.basedOn());
      KnowledgeRevision old = work.storage.knowledgeItems().revision(command.item(), command.revision())
          .orElseThrow(() -> new NotFoundException("knowledge revision", command.item() + "/" + command.revision()));
      return revise(seen, old.content(), old.html(), actorId, command.note(), old.number(),
          AuditAction.KNOWLEDGE_REVISION_RESTORED);
    });
  }

  private KnowledgeWork.Seen writable(MemberId actorId, KnowledgeItemId id, int basedOn) {
    Actor actor = work.communities.actor(actorId);
    KnowledgeWork.Seen seen = work.item(actor, id);
    if (!KnowledgeWork.writes(seen.standing(), seen.item().kind())) {
      throw new AccessDeniedException(actorId, "change " + describe(seen.item().kind()) + " " + id);
    }
    work.communities.requireWritable(seen.standing().community());
    if (seen.item().revision() != basedOn) {
      throw UnitOfWork.abort(ConflictException.staleVersion("knowledge item " + id, basedOn));
    }
    return seen;
  }

  private KnowledgeItem revise(KnowledgeWork.Seen seen, KnowledgeContent content, String html, MemberId author,
      String note, int restoredFrom, AuditAction action) {
    KnowledgeItem item = seen.item();
    KnowledgeRevision next = new KnowledgeRevision(item.id(), item.revision() + 1, content, html, author, work.now(),
        note, restoredFrom);
    KnowledgeItem revised = item.revised(next);
    work.storage.knowledgeItems().revise(revised);
    work.audit(seen.standing(), action, item.kind() + " " + item.id() + " revision " + next.number()
        + (restoredFrom > 0 ? " from " + restoredFrom : ""), note);
    return revised;
  }

  private static void requireLink(KnowledgeKind kind, KnowledgeContent content) {
    if (kind == KnowledgeKind.LIBRARY_DOCUMENT && content.link().isEmpty()) {
      throw new InvalidInputException("content.link", "is required for a library document");
    }
  }

  private static String describe(KnowledgeKind kind) {
    return switch (kind) {
      case PILL -> "knowledge pills: only experts and e-moderators do";
      case LIBRARY_DOCUMENT -> "library documents: only experts, e-moderators and CORE members do";
      case OUTPUT -> "outputs: only experts, e-moderators and CORE members do";
    };
  }
}
