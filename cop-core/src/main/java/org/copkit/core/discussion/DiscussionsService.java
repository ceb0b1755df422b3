package org.copkit.core.discussion;

import org.copkit.api.shared.AuditAction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.copkit.api.analytics.ActivityType;
import org.copkit.api.analytics.PostRole;
import org.copkit.api.analytics.spi.ClassifiedItem;
import org.copkit.api.community.Audience;
import org.copkit.api.community.CommunityId;
import org.copkit.api.competence.CompetenceRef;
import org.copkit.api.discussion.DiscussionEvent;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Discussions;
import org.copkit.api.discussion.EditPost;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.PostOutcome;
import org.copkit.api.discussion.PostRevision;
import org.copkit.api.discussion.PostState;
import org.copkit.api.discussion.Reaction;
import org.copkit.api.discussion.Reply;
import org.copkit.api.discussion.StartThread;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.discussion.ThreadKind;
import org.copkit.api.discussion.ThreadStatus;
import org.copkit.api.discussion.ThreadStatusChange;
import org.copkit.api.discussion.port.ThreadPosts;
import org.copkit.api.feed.CopComponent;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Page;
import org.copkit.api.shared.PageRequest;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.Standing;
import org.copkit.core.discussion.DiscussionWork.PostReading;
import org.copkit.core.discussion.DiscussionWork.Reading;
import org.copkit.core.moderation.PublicationGate;
import org.copkit.core.moderation.Screening;
import org.copkit.core.shared.Rendered;
import org.copkit.core.shared.UnitOfWork;

final class DiscussionsService implements Discussions {

  private final DiscussionWork work;
  private final PostPublishing publishing;
  private final PublicationGate gate;

  DiscussionsService(DiscussionWork work, PostPublishing publishing, PublicationGate gate) {
    this.work = work;
    this.publishing = publishing;
    this.gate = gate;
  }

  @Override
  public PostOutcome start(MemberId actorId, StartThread command) {
    Validation.required("command", command);
    Rendered rendered = work.renderer.render(command.body());
    // the rules run before the unit of work opens: a slow rule holds no transaction open
    PublicationGate.RulesVerdict byRules = gate.review(work.query(() -> gate.prepare(
        startable(actorId, command), PublicationGate.Kind.THREAD, command.title(), command.body(), rendered)));
    // classified once, before the unit of work opens too: a slow classifier holds no transaction open
    CopComponent component = work.components.classify(new ClassifiedItem(
        new ActivityType(command.kind(), PostRole.OPENING, command.audience()), command.community(), command.title(),
        command.tags()));
    return work.command(() -> {
      Standing standing = startable(actorId, command);
      Screening screening = gate.screen(standing, PublicationGate.Kind.THREAD, byRules);
      if (screening instanceof Screening.Reject reject) {
        return new PostOutcome.Rejected(reject.rule(), reject.reason());
      }
      Instant now = work.now();
      PostState state = screening instanceof Screening.Publish ? PostState.PUBLISHED : PostState.HELD;
      ThreadId threadId = ThreadId.random();
      PostId postId = PostId.random();
      DiscussionThread thread = DiscussionThread.opened(threadId, command.community(), command.kind(), command.audience(),
          command.title(), command.tags(), actorId, postId, state, now).withCompetences(command.competences());
      Post post = newPost(postId, thread, component, Optional.empty(), actorId, command.body(), rendered, state, now);
      work.storage.threads().add(thread);
      work.search.thread(threadId);
      store(post, now);
      work.publish(new DiscussionEvent.ThreadCreated(command.community(), threadId, command.kind(), Optional.of(actorId), now));
      return outcome(standing, thread, post, screening);
    });
  }

  /** @return the actor's standing, when they may start this thread */
  private Standing startable(MemberId actorId, StartThread command) {
    Standing standing = writer(work.communities.standing(work.communities.actor(actorId), command.community()));
    if (command.kind() == ThreadKind.ANNOUNCEMENT && !standing.canModerate()) {
      throw new AccessDeniedException(actorId, "post announcements: they are for e-moderators");
    }
    if (command.audience() == Audience.CORE && !standing.sees(Audience.CORE)) {
      throw new AccessDeniedException(actorId, "start a thread for the working group without being in it");
    }
    command.competences().forEach(competence -> work.frameworks.check("competences", competence));
    return standing;
  }

  @Override
  public DiscussionThread changeCompetences(MemberId actorId, ThreadId threadId, Set<CompetenceRef> competences) {
    Set<CompetenceRef> about = DiscussionThread.competences("competences", competences);
    return work.command(() -> {
      Reading reading = work.thread(actorId, threadId);
      DiscussionThread thread = reading.thread();
      if (!thread.author().equals(actorId) && !reading.standing().canModerate()) {
        throw new AccessDeniedException(actorId, "change the competences of another member's thread");
      }
      work.communities.requireWritable(reading.standing().community());
      about.forEach(competence -> work.frameworks.check("competences", competence));
      if (thread.competences().equals(about)) {
        return thread;
      }
      DiscussionThread updated = work.storage.threads().update(thread.withCompetences(about));
      if (!thread.author().equals(actorId)) {
        work.communities.audit(reading.standing(), AuditAction.THREAD_COMPETENCES_CHANGED, Optional.of(thread.author()),
            "thread:" + threadId, about.stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
      }
      work.publish(new DiscussionEvent.ThreadChanged(updated.community(), threadId, updated.status(), updated.pinned(),
          Optional.of(actorId), work.now()));
      return updated;
    });
  }

  @Override
  public PostOutcome reply(MemberId actorId, Reply command) {
    Validation.required("command", command);
    Rendered rendered = work.renderer.render(command.body());
    ReplyReading prepared = work.query(() -> {
      Reading reading = repliable(actorId, command);
      return new ReplyReading(gate.prepare(reading.standing(), PublicationGate.Kind.REPLY, "", command.body(), rendered),
          reading.thread());
    });
    PublicationGate.RulesVerdict byRules = gate.review(prepared.forRules());
    DiscussionThread read = prepared.thread();
    CopComponent component = work.components.classify(new ClassifiedItem(
        new ActivityType(read.kind(), command.inReplyTo().isPresent() ? PostRole.NESTED_REPLY : PostRole.REPLY,
            read.audience()), read.community(), read.title(), read.tags()));
    return work.command(() -> {
      Reading reading = repliable(actorId, command);
      Standing standing = reading.standing();
      DiscussionThread thread = reading.thread();
      Screening screening = gate.screen(standing, PublicationGate.Kind.REPLY, byRules);
      if (screening instanceof Screening.Reject reject) {
        return new PostOutcome.Rejected(reject.rule(), reject.reason());
      }
      Instant now = work.now();
      PostState state = screening instanceof Screening.Publish ? PostState.PUBLISHED : PostState.HELD;
      Post post = newPost(PostId.random(), thread, component, command.inReplyTo(), actorId, command.body(), rendered, state,
          now);
      store(post, now);
      return outcome(standing, thread, post, screening);
    });
  }

  /** @return the thread as the actor reads it, when they may reply in it */
  private Reading repliable(MemberId actorId, Reply command) {
    Reading reading = work.thread(actorId, command.thread());
    Standing standing = writer(reading.standing());
    DiscussionThread thread = reading.thread();
    if (!thread.status().acceptsReplies() && !standing.canModerate()) {
      throw ConflictException.rule("thread " + thread.id() + " takes no replies: " + describe(thread.status()));
    }
    if (thread.state() != PostState.PUBLISHED) {
      throw ConflictException.rule("thread " + thread.id() + " waits for an e-moderator and takes no replies yet");
    }
    command.inReplyTo().ifPresent(parent -> requireTopLevelPost(thread, parent));
    return reading;
  }

  @Override
  public Post edit(MemberId actorId, EditPost command) {
    Validation.required("command", command);
    Rendered rendered = work.renderer.render(command.body());
    // the rules look at an author's own edit, e-moderators' too, before the unit of work opens
    Optional<PublicationGate.RulesVerdict> byRules = work.query(() -> {
      PostReading reading = editable(actorId, command, false);
      Post post = reading.post();
      if (!post.author().equals(actorId)) {
        return Optional.<PublicationGate.Prepared>empty();
      }
      boolean opening = post.id().equals(reading.thread().openingPost());
      return Optional.of(gate.prepareEdit(
          reading.standing(), opening ? reading.thread().title() : "", post.body(), command.body(), rendered));
    }).map(gate::review);
    return work.command(() -> {
      PostReading reading = editable(actorId, command, true);
      Standing standing = reading.standing();
      Post post = reading.post();
      boolean own = post.author().equals(actorId);
      Screening screening = own
          ? gate.screenEdit(standing, byRules.orElseThrow())
          : new Screening.Publish();
      if (screening instanceof Screening.Reject reject) {
        throw new InvalidInputException("body", "refused by the rule " + reject.rule() + ": " + reject.reason());
      }
      Post current = post;
      if (screening instanceof Screening.Hold hold) {
        // held before the new text is stored, so that nobody is told of it before a decision
        current = publishing.withhold(post);
        gate.hold(standing, new ModerationSubject.OfPost(post.id()), hold.reason());
      }
      Post edited = publishing.edit(actorId, current, command.body(), rendered, command.reason());
      if (!own) {
        work.communities.audit(standing, AuditAction.POST_EDITED_BY_MODERATOR, Optional.of(post.author()),
            "post:" + post.id() + " revision " + edited.revision(), command.reason());
      }
      return edited;
    });
  }

  /**
   * @param inCommand whether it runs inside the command (a stale version is aborted, not retried)
   * @return the post as the actor reads it, when they may edit it now
   */
  private PostReading editable(MemberId actorId, EditPost command, boolean inCommand) {
    PostReading reading = work.post(actorId, command.post());
    Standing standing = reading.standing();
    Post post = reading.post();
    boolean own = post.author().equals(actorId);
    if (!own && !standing.canModerate()) {
      throw new AccessDeniedException(actorId, "edit another member's post");
    }
    work.communities.requireWritable(standing.community());
    if (own && !standing.canModerate()) {
      writer(standing);
      gate.requireNotMuted(standing, "edit posts");
      if (!reading.thread().status().acceptsReplies()) {
        throw ConflictException.rule("thread " + post.thread() + " is " + describe(reading.thread().status()));
      }
    }
    if (post.version() != command.expectedVersion()) {
      ConflictException stale = ConflictException.staleVersion("post " + post.id(), command.expectedVersion());
      throw inCommand ? UnitOfWork.abort(stale) : stale;
    }
    return reading;
  }

  @Override
  public void react(MemberId actorId, PostId postId, Reaction reaction) {
    Validation.required("reaction", reaction);
    work.command(() -> {
      PostReading reading = reactable(actorId, postId);
      if (work.storage.reactions().add(postId, actorId, reaction)) {
        work.feed.reacted(actorId, reading.thread(), reading.post());
        if (reaction == Reaction.HELPFUL) {
          work.feed.helpful(actorId, reading.thread(), reading.post(), true);
        }
        work.publish(new DiscussionEvent.ReactionAdded(reading.post().community(), postId, reaction, Optional.of(actorId),
            work.now()));
      }
      return null;
    });
  }

  @Override
  public void unreact(MemberId actorId, PostId postId, Reaction reaction) {
    Validation.required("reaction", reaction);
    work.command(() -> {
      PostReading reading = reactable(actorId, postId);
      if (work.storage.reactions().remove(postId, actorId, reaction) && reaction == Reaction.HELPFUL) {
        work.feed.helpful(actorId, reading.thread(), reading.post(), false);
      }
      return null;
    });
  }

  private PostReading reactable(MemberId actorId, PostId postId) {
    PostReading reading = work.post(actorId, postId);
    writer(reading.standing());
    gate.requireNotMuted(reading.standing(), "react");
    if (!reading.post().isPublished()) {
      throw ConflictException.rule("post " + postId + " is not published");
    }
    return reading;
  }

  @Override
  public DiscussionThread acceptAnswer(MemberId actorId, ThreadId threadId, PostId answer) {
    Validation.required("answer", answer);
    return work.command(() -> {
      Reading reading = work.thread(actorId, threadId);
      DiscussionThread thread = reading.thread();
      if (thread.kind() != ThreadKind.QUESTION) {
        throw new InvalidInputException("thread", "must be a question to have an accepted answer");
      }
      if (!thread.author().equals(actorId) && !reading.standing().canModerate()) {
        throw new AccessDeniedException(actorId, "accept an answer to another member's question");
      }
      work.communities.requireWritable(reading.standing().community());
      Post accepted = requireTopLevelReply(thread, answer, "answer");
      if (!accepted.isPublished()) {
        throw new InvalidInputException("answer", "must be a published reply");
      }
      if (thread.acceptedAnswer().filter(answer::equals).isPresent()) {
        return thread;
      }
      DiscussionThread updated = work.storage.threads().update(thread.withAcceptedAnswer(answer));
      work.feed.answerAccepted(thread, accepted, work.now());
      work.publish(new DiscussionEvent.AnswerAccepted(thread.community(), threadId, answer, accepted.author(),
          Optional.of(actorId), work.now()));
      return updated;
    });
  }

  @Override
  public DiscussionThread pin(MemberId actorId, ThreadId threadId, boolean pinned) {
    return moderate(actorId, threadId, pinned ? "pin threads" : "unpin threads",
        thread -> thread.withPinned(pinned), pinned ? AuditAction.THREAD_PINNED : AuditAction.THREAD_UNPINNED, "");
  }

  @Override
  public DiscussionThread changeStatus(MemberId actorId, ThreadId threadId, ThreadStatusChange change) {
    Validation.required("status", change);
    Instant now = work.now();
    MemberId by = actorId;
    if (change instanceof ThreadStatusChange.Lock lock) {
      return moderate(actorId, threadId, "lock threads",
          thread -> thread.withStatus(new ThreadStatus.Locked(by, now, lock.reason())), AuditAction.THREAD_LOCKED, lock.reason());
    }
    if (change instanceof ThreadStatusChange.Close close) {
      return moderate(actorId, threadId, "close threads",
          thread -> thread.withStatus(new ThreadStatus.Closed(by, now, close.reason())), AuditAction.THREAD_CLOSED, close.reason());
    }
    return moderate(actorId, threadId, "reopen threads", thread -> thread.withStatus(new ThreadStatus.Open()),
        AuditAction.THREAD_REOPENED, "");
  }

  private DiscussionThread moderate(MemberId actorId, ThreadId threadId, String action,
      java.util.function.UnaryOperator<DiscussionThread> change, AuditAction audit, String reason) {
    return work.command(() -> {
      Reading reading = work.thread(actorId, threadId);
      Standing standing = work.communities.moderating(reading.standing().actor(), reading.thread().community(), action);
      work.communities.requireWritable(standing.community());
      // pinning, locking, closing and reopening change nothing search indexes: it is not told
      DiscussionThread updated = work.storage.threads().update(change.apply(reading.thread()));
      work.communities.audit(standing, audit, Optional.of(updated.author()), "thread:" + threadId, reason);
      work.publish(new DiscussionEvent.ThreadChanged(updated.community(), threadId, updated.status(), updated.pinned(),
          Optional.of(actorId), work.now()));
      return updated;
    });
  }

  @Override
  public DiscussionThread move(MemberId actorId, ThreadId threadId, CommunityId target, String reason) {
    String why = Validation.text("reason", reason, 1000);
    Validation.required("target", target);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      if (!actor.isAdministrator()) {
        throw new AccessDeniedException(actorId, "move threads between communities");
      }
      Reading reading = work.thread(actorId, threadId);
      DiscussionThread thread = reading.thread();
      Standing to = work.communities.standing(actor, target);
      work.communities.requireWritable(to.community());
      if (thread.community().equals(target)) {
        return thread;
      }
      DiscussionThread moved = work.storage.threads().update(thread.movedTo(target));
      work.storage.posts().moveThread(threadId, target);
      work.search.thread(threadId);
      gate.moveQueued(thread.community(), target, subjectsOf(thread));
      work.communities.audit(reading.standing(), AuditAction.THREAD_MOVED_OUT, Optional.of(thread.author()),
          "thread:" + threadId + " to " + target, why);
      work.communities.audit(to, AuditAction.THREAD_MOVED_IN, Optional.of(thread.author()),
          "thread:" + threadId + " from " + thread.community(), why);
      work.publish(new DiscussionEvent.ThreadMoved(target, thread.community(), threadId, Optional.of(actorId), work.now()));
      return moved;
    });
  }

  /** The thread and every post in it, as moderation names them. */
  private List<ModerationSubject> subjectsOf(DiscussionThread thread) {
    List<ModerationSubject> subjects = new ArrayList<>();
    subjects.add(new ModerationSubject.OfThread(thread.id()));
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    Page<Post> posts;
    do {
      posts = work.storage.posts().inThread(ThreadPosts.every(thread.id()), page);
      posts.items().forEach(post -> subjects.add(new ModerationSubject.OfPost(post.id())));
      page = page.next();
    } while (posts.hasNext());
    return subjects;
  }

  /** The standing of someone who may write: not an OBSERVER, in a community that is not archived. */
  private Standing writer(Standing standing) {
    if (!standing.canWrite()) {
      throw new AccessDeniedException(standing.actor().id(),
          standing.isMember() ? "write here as an OBSERVER" : "write in a community they do not belong to");
    }
    work.communities.requireWritable(standing.community());
    return standing;
  }

  /** The opening post or a top-level reply of the thread: what a nested reply may comment on. */
  private void requireTopLevelPost(DiscussionThread thread, PostId id) {
    if (!id.equals(thread.openingPost())) {
      requireTopLevelReply(thread, id, "inReplyTo");
    }
  }

  private Post requireTopLevelReply(DiscussionThread thread, PostId id, String field) {
    return work.storage.posts().find(id)
        .filter(post -> post.thread().equals(thread.id()))
        .filter(post -> post.inReplyTo().isEmpty() && !post.id().equals(thread.openingPost()))
        .orElseThrow(() -> new InvalidInputException(field, "must be a top-level reply in thread " + thread.id()));
  }

  /** What the rules look at, and the thread as it was read then, for its classification. */
  private record ReplyReading(PublicationGate.Prepared forRules, DiscussionThread thread) {}

  private Post newPost(PostId id, DiscussionThread thread, CopComponent component, Optional<PostId> inReplyTo,
      MemberId author, String body, Rendered rendered, PostState state, Instant now) {
    Set<MemberId> mentions = work.mentions(rendered.mentions());
    return Post.written(id, thread, component, inReplyTo, author, body, rendered.html(), mentions, state, now);
  }

  private void store(Post post, Instant now) {
    work.storage.posts().add(post);
    work.search.post(post.id());
    work.storage.posts().addRevision(new PostRevision(post.id(), 1, post.body(), post.author(), now, ""));
  }

  private PostOutcome outcome(Standing standing, DiscussionThread thread, Post post, Screening screening) {
    if (screening instanceof Screening.Hold hold) {
      gate.hold(standing, new ModerationSubject.OfPost(post.id()), hold.reason());
      return new PostOutcome.Held(thread, post, hold.reason());
    }
    return new PostOutcome.Published(publishing.published(standing, thread, post), post);
  }

  private static String describe(ThreadStatus status) {
    if (status instanceof ThreadStatus.Locked locked) {
      return "locked: " + locked.reason();
    }
    if (status instanceof ThreadStatus.Closed closed) {
      return "closed: " + closed.reason();
    }
    return "open";
  }
}
