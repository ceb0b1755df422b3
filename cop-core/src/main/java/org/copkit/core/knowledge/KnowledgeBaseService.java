package org.copkit.core.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.discussion.port.ThreadPosts;
import org.copkit.api.knowledge.CreateItem;
import org.copkit.api.knowledge.Curation;
import org.copkit.api.knowledge.KnowledgeEvent;
import org.copkit.api.knowledge.KnowledgeSource;
import org.copkit.api.knowledge.PromoteToPill;
import org.copkit.api.knowledge.Provenance;
import org.copkit.api.shared.PageRequest;
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

/** {@link KnowledgeBase}: creating, changing and restoring knowledge items, and promoting discussions to pills. */
final class KnowledgeBaseService implements KnowledgeBase {

  private final KnowledgeWork work;

  KnowledgeBaseService(KnowledgeWork work) {
    this.work = work;
  }

  @Override
  public KnowledgeItem create(MemberId actorId, CreateItem command) {
    Validation.required("command", command);
    if (command.kind() == KnowledgeKind.LIBRARY_DOCUMENT && command.content().link().isEmpty()) {
      throw new InvalidInputException("content.link",
          "is required for a library document without a file (create one with its file through the library)");
    }
    String html = work.renderer.render(command.content().body()).html();
    return work.command(() -> create(actorId, command, KnowledgeItemId.random(), html));
  }

  /**
   * Checks that the actor may create the item, in a unit of work.
   *
   * @return their standing in its community
   */
  Standing creatable(MemberId actorId, CreateItem command) {
    Actor actor = work.communities.actor(actorId);
    Standing standing = work.communities.standing(actor, command.community());
    if (!KnowledgeWork.writes(standing, command.kind()) || !standing.sees(command.audience())) {
      throw new AccessDeniedException(actorId, "write " + describe(command.kind()) + " for audience "
          + command.audience() + " in community " + command.community());
    }
    work.communities.requireWritable(standing.community());
    return standing;
  }

  /** Creates the item under the ID given, in the caller's unit of work, once the actor may. */
  KnowledgeItem create(MemberId actorId, CreateItem command, KnowledgeItemId id, String html) {
    Standing standing = creatable(actorId, command);
    KnowledgeRevision first = new KnowledgeRevision(id, 1, command.content(), html, actorId, work.now(), command.note(), 0);
    KnowledgeItem item = new KnowledgeItem(id, command.community(), command.kind(), command.audience(), actorId,
        first.at(), first);
    work.storage.knowledgeItems().add(item);
    work.evidence.wrote(item);
    work.audit(standing, AuditAction.KNOWLEDGE_ITEM_CREATED, command.kind() + " " + id, command.note());
    work.changed(new KnowledgeEvent.ItemCreated(item.community(), id, item.kind(), Optional.empty(),
        Optional.of(actorId), first.at()));
    work.feed.created(item);
    return item;
  }

  @Override
  public KnowledgeItem edit(MemberId actorId, EditItem command) {
    Validation.required("command", command);
    String html = work.renderer.render(command.content().body()).html();
    return work.command(() -> {
      KnowledgeWork.Seen seen = writable(actorId, command.item(), command.basedOn());
      requireLinkOrFile(seen.item(), command.content());
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
      requireLinkOrFile(seen.item(), old.content());
      return revise(seen, old.content(), old.html(), actorId, command.note(), old.number(),
          AuditAction.KNOWLEDGE_REVISION_RESTORED);
    });
  }

  @Override
  public KnowledgeItem promote(MemberId actorId, PromoteToPill command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      NotFoundException missing = new NotFoundException("thread", command.thread().toString());
      DiscussionThread thread = work.storage.threads().find(command.thread()).orElseThrow(() -> missing);
      Standing standing = work.communities.standingAt(actor, thread.community(), missing.kind(), missing.id());
      boolean readable = standing.sees(thread.audience())
          && (thread.state() == PostState.PUBLISHED || thread.author().equals(actorId) || standing.canModerate());
      if (!readable) {
        throw missing;
      }
      if (!KnowledgeWork.writes(standing, KnowledgeKind.PILL)) {
        throw new AccessDeniedException(actorId, "promote discussions to " + describe(KnowledgeKind.PILL));
      }
      work.communities.requireWritable(standing.community());
      if (thread.state() != PostState.PUBLISHED) {
        throw new InvalidInputException("thread", "must be published to be promoted");
      }
      command.section().ifPresent(section -> work.sectionOf("section", thread.community(), section));
      List<Post> posts = sourcePosts(thread, command.scope());
      String body = posts.stream().map(Post::body).collect(Collectors.joining("\n\n---\n\n"));
      if (body.length() > KnowledgeContent.MAX_BODY) {
        throw new InvalidInputException("thread", "its posts hold " + body.length() + " characters, more than a pill's "
            + KnowledgeContent.MAX_BODY + ": promote the accepted answer, or write the pill");
      }
      KnowledgeContent content = new KnowledgeContent(command.title(), body, "", thread.tags(), Set.of());
      String html = work.renderer.render(body).html();
      KnowledgeSource source = new KnowledgeSource(thread.id(), posts.stream().map(Post::id).toList());
      List<MemberId> coAuthors = posts.stream().map(Post::author).distinct().toList();
      KnowledgeItemId id = KnowledgeItemId.random();
      Instant now = work.now();
      KnowledgeRevision first = new KnowledgeRevision(id, 1, content, html, actorId, now, command.note(), 0);
      KnowledgeItem item = new KnowledgeItem(id, thread.community(), KnowledgeKind.PILL, thread.audience(), actorId, now,
          first, Curation.initial(actorId, work.today()).placedIn(command.section()),
          new Provenance(Optional.of(source), coAuthors));
      work.storage.knowledgeItems().add(item);
      work.evidence.wrote(item);
      work.audit(standing, AuditAction.KNOWLEDGE_ITEM_PROMOTED, "PILL " + id + " from thread " + thread.id()
          + " (" + command.scope() + ", " + posts.size() + " posts by " + coAuthors.size() + " authors)", command.note());
      work.changed(new KnowledgeEvent.ItemCreated(thread.community(), id, KnowledgeKind.PILL, Optional.of(source),
          Optional.of(actorId), now));
      work.feed.created(item);
      return item;
    });
  }

  /** The published posts a promotion takes: the accepted answer, or the whole thread in the order written. */
  private List<Post> sourcePosts(DiscussionThread thread, PromoteToPill.Scope scope) {
    if (scope == PromoteToPill.Scope.ACCEPTED_ANSWER) {
      return thread.acceptedAnswer()
          .filter(answer -> thread.kind() == ThreadKind.QUESTION)
          .flatMap(work.storage.posts()::find)
          .filter(Post::isPublished)
          .map(List::of)
          .orElseThrow(() -> new InvalidInputException("thread", "must be a question with a published accepted answer"));
    }
    List<Post> posts = work.storage.posts()
        .inThread(ThreadPosts.published(thread.id()), PageRequest.first(KnowledgeSource.MAX_POSTS + 1)).items();
    if (posts.isEmpty()) {
      throw new InvalidInputException("thread", "must have a published post");
    }
    if (posts.size() > KnowledgeSource.MAX_POSTS) {
      throw new InvalidInputException("thread", "has more than " + KnowledgeSource.MAX_POSTS
          + " published posts: promote its accepted answer, or write the pill");
    }
    return posts;
  }

  KnowledgeWork.Seen writable(MemberId actorId, KnowledgeItemId id, int basedOn) {
    Actor actor = work.communities.actor(actorId);
    KnowledgeWork.Seen seen = work.item(actor, id);
    if (!KnowledgeWork.writes(seen.standing(), seen.item().kind())) {
      throw new AccessDeniedException(actorId, "change " + describe(seen.item().kind()) + " " + id);
    }
    work.communities.requireWritable(seen.standing().community());
    ProductionWork.requireDraft(work.storage, seen.item());
    if (seen.item().revision() != basedOn) {
      throw UnitOfWork.abort(ConflictException.staleVersion("knowledge item " + id, basedOn));
    }
    return seen;
  }

  KnowledgeItem revise(KnowledgeWork.Seen seen, KnowledgeContent content, String html, MemberId author,
      String note, int restoredFrom, AuditAction action) {
    KnowledgeItem item = seen.item();
    KnowledgeRevision next = new KnowledgeRevision(item.id(), item.revision() + 1, content, html, author, work.now(),
        note, restoredFrom);
    KnowledgeItem revised = item.revised(next);
    work.storage.knowledgeItems().revise(revised);
    work.audit(seen.standing(), action, item.kind() + " " + item.id() + " revision " + next.number()
        + (restoredFrom > 0 ? " from " + restoredFrom : ""), note);
    work.changed(new KnowledgeEvent.ItemRevised(item.community(), item.id(), next.number(), restoredFrom,
        Optional.of(author), next.at()));
    return revised;
  }

  /** A library document keeps a link or a file; files stay attached, so one that has a file may drop its link. */
  private void requireLinkOrFile(KnowledgeItem item, KnowledgeContent content) {
    if (item.kind() == KnowledgeKind.LIBRARY_DOCUMENT && content.link().isEmpty()
        && work.storage.attachedFiles().atRevision(item.id(), item.revision()).isEmpty()) {
      throw new InvalidInputException("content.link", "is required for a library document without a file");
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
