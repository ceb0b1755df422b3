package org.copkit.core.moderation;

import org.copkit.api.moderation.RuleSwitch;
import org.copkit.api.shared.AuditAction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.moderation.Decide;
import org.copkit.api.moderation.Decision;
import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.FlagId;
import org.copkit.api.moderation.Moderation;
import org.copkit.api.moderation.ModerationEvent;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.Mute;
import org.copkit.api.moderation.MuteMember;
import org.copkit.api.moderation.RaiseFlag;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.ReviewStatus;
import org.copkit.api.notification.Notification;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.ConflictException;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.NotFoundException;
import org.copkit.api.shared.RateLimitedException;
import org.copkit.api.shared.Validation;
import org.copkit.core.community.Actor;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.UnitOfWork;

final class ModerationService implements Moderation {

  static final String AUTO_HIDDEN = "hidden automatically after members' flags, until an e-moderator decides";

  private final ModerationWork work;
  private final PostActions posts;

  private final RuleSet rules;

  ModerationService(ModerationWork work, PostActions posts, RuleSet rules) {
    this.work = work;
    this.posts = posts;
    this.rules = rules;
  }

  @Override
  public RuleSwitch switchRule(MemberId actorId, CommunityId community, String rule, boolean on) {
    Validation.required("rule", rule);
    if (!rules.names().contains(rule)) {
      throw new InvalidInputException("rule", "must be one of the platform's moderation rules " + rules.names()
          + ", was '" + rule + "'");
    }
    return work.command(() -> {
      Standing standing = work.communities.moderating(work.communities.actor(actorId), community, "switch moderation rules");
      work.communities.requireWritable(standing.community());
      if (rules.alwaysOn().contains(rule)) {
        throw ConflictException.rule("the moderation rule " + rule + " is always on: the host made it so");
      }
      RuleSwitch ruleSwitch = new RuleSwitch(community, rule, on, actorId, work.now());
      work.storage.ruleSwitches().put(ruleSwitch);
      work.communities.audit(standing, AuditAction.MODERATION_RULE_SWITCHED, Optional.empty(),
          "rule " + rule + (on ? " on" : " off"), "");
      return ruleSwitch;
    });
  }

  @Override
  public Flag flag(MemberId actorId, RaiseFlag command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      Standing standing = work.communities.standing(actor, command.community());
      if (!standing.isMember() && !actor.isAdministrator()) {
        throw new AccessDeniedException(actor.id(), "flag in a community they do not belong to");
      }
      work.communities.requireWritable(standing.community());
      Instant now = work.now();
      work.storage.mutes().inForce(command.community(), actor.id(), now).ifPresent(mute -> {
        throw new AccessDeniedException(actor.id(), "flag while muted until " + mute.until());
      });
      Optional<Post> target = target(standing, command.subject());
      ModerationPolicy policy = work.policy(command.community());
      Instant today = LocalDate.ofInstant(now, ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
      if (work.storage.flags().countRaisedSince(actor.id(), today) >= policy.flagsPerDay()) {
        throw new RateLimitedException("flags today", today.plusSeconds(86_400));
      }
      double weight = Flag.weightFor(
          work.storage.flags().countWithOutcome(actor.id(), Flag.Outcome.UPHELD),
          work.storage.flags().countWithOutcome(actor.id(), Flag.Outcome.DISMISSED));
      Flag flag = new Flag(FlagId.random(), command.community(), command.subject(), actor.id(), command.reason(),
          command.text(), weight, now, Flag.Outcome.OPEN, 0);
      work.storage.flags().add(flag);
      ReviewItem item = work.storage.reviewItems()
          .update(work.queue(command.community(), command.subject(), Optional.empty()).withFlag(weight));
      target.filter(Post::isPublished)
          .filter(post -> item.flagWeight() >= policy.autoHideWeight())
          .ifPresent(post -> {
            posts.hide(standing, post, AUTO_HIDDEN);
            work.withheld(standing, item, AUTO_HIDDEN);
          });
      work.communities.audit(standing, AuditAction.FLAG_RAISED, author(command.community(), command.subject(), target),
          command.subject().key(),
          command.reason() + (command.text().isEmpty() ? "" : ": " + command.text()));
      work.publish(new ModerationEvent.FlagRaised(command.community(), flag.id(), command.subject(), command.reason(),
          Optional.of(actor.id()), now));
      if (command.reason() == org.copkit.api.moderation.FlagReason.OUTDATED) {
        subjectItem(command.community(), command.subject()).ifPresent(outdated -> tellModerators(standing, outdated, flag));
      }
      return flag;
    });
  }

  @Override
  public ReviewItem decide(MemberId actorId, Decide command) {
    Validation.required("command", command);
    return work.command(() -> {
      Actor actor = work.communities.actor(actorId);
      ReviewItem item = work.storage.reviewItems().find(command.item())
          .orElseThrow(() -> new NotFoundException("review item", command.item().toString()));
      Standing standing = work.communities.moderatingAt(actor, item.community(), "review item", command.item());
      if (item.status() instanceof ReviewStatus.Escalated && !actor.isAdministrator()) {
        throw new AccessDeniedException(actor.id(), "decide items escalated to the administrators");
      }
      if (!item.status().isOpen()) {
        throw UnitOfWork.abort(ConflictException.rule("review item " + item.id() + " was already decided"));
      }
      if (item.version() != command.expectedVersion()) {
        throw UnitOfWork.abort(ConflictException.staleVersion("review item " + item.id(), command.expectedVersion()));
      }
      Instant now = work.now();
      Decision decision = command.decision();
      if (decision instanceof Decision.Escalate escalate) {
        return escalate(standing, item, escalate, now);
      }
      Optional<Post> target = subjectPost(item.community(), item.subject());
      if (decision instanceof Decision.EditAndApprove && target.isEmpty()) {
        throw new InvalidInputException("decision", "must not be EditAndApprove for a " + item.subject().kind());
      }
      ReviewItem decided = work.storage.reviewItems().update(item.withStatus(new ReviewStatus.Decided(decision, actor.id(), now)));
      String reasons = apply(standing, decision, target);
      if (decision instanceof Decision.Reject) {
        subjectItem(item.community(), item.subject()).ifPresent(this::dueForReviewNow);
        subjectComment(item.community(), item.subject()).ifPresent(seen -> {
          work.knowledge.itemFeedback().hideComment(seen.comment().id());
          work.search.item(seen.comment().item()); // its words leave the item's
        });
      }
      settleFlags(item, decision instanceof Decision.Approve ? Flag.Outcome.DISMISSED : Flag.Outcome.UPHELD);
      Optional<MemberId> author = author(item.community(), item.subject(), target);
      work.communities.audit(standing, AuditAction.ITEM_DECIDED, author, describe(decision) + " " + item.subject().key(), reasons);
      author.ifPresent(person -> work.notify(new Notification(person, Notification.Topic.MODERATION_DECISION,
          "An e-moderator decided about your " + item.subject().kind() + ": " + describe(decision),
          reasons, item.subject().key(), now)));
      work.publish(new ModerationEvent.ItemDecided(item.community(), item.id(), item.subject(), decision,
          Optional.of(actor.id()), now));
      return decided;
    });
  }

  private ReviewItem escalate(Standing standing, ReviewItem item, Decision.Escalate escalate, Instant now) {
    if (item.status() instanceof ReviewStatus.Escalated) {
      throw UnitOfWork.abort(ConflictException.rule("review item " + item.id() + " is already escalated"));
    }
    ReviewItem escalated = work.storage.reviewItems()
        .update(item.withStatus(new ReviewStatus.Escalated(standing.actor().id(), now, escalate.note())));
    work.communities.audit(standing, AuditAction.ITEM_ESCALATED, Optional.empty(), item.subject().key(), escalate.note());
    work.publish(new ModerationEvent.ItemDecided(item.community(), item.id(), item.subject(), escalate,
        Optional.of(standing.actor().id()), now));
    return escalated;
  }

  /** Carries out a decision on its subject's post, if it has one; returns the reasons to show. */
  private String apply(Standing standing, Decision decision, Optional<Post> target) {
    if (decision instanceof Decision.Reject reject) {
      target.ifPresent(post -> posts.hide(standing, post, reject.statementOfReasons()));
      return reject.statementOfReasons();
    }
    if (decision instanceof Decision.EditAndApprove edit) {
      posts.editAndPublish(standing, target.orElseThrow(), edit.body(), edit.statementOfReasons());
      return edit.statementOfReasons();
    }
    target.filter(post -> !post.isPublished()).ifPresent(post -> posts.publish(standing, post));
    return "";
  }

  private void settleFlags(ReviewItem item, Flag.Outcome outcome) {
    for (Flag flag : work.storage.flags().open(item.community(), item.subject())) {
      work.storage.flags().update(flag.withOutcome(outcome));
    }
  }

  @Override
  public Mute mute(MemberId actorId, MuteMember command) {
    Validation.required("command", command);
    return work.command(() -> {
      Standing standing = work.communities.moderating(work.communities.actor(actorId), command.community(), "mute members");
      work.communities.requireWritable(standing.community());
      Standing target = work.communities.standing(work.communities.actor(command.member()), command.community());
      if (!target.isMember()) {
        throw new NotFoundException("membership", command.member() + " in " + command.community());
      }
      if (target.isEModerator()) {
        throw ConflictException.rule(command.member() + " is an e-moderator: revoke the role before muting them");
      }
      Instant now = work.now();
      Mute mute = new Mute(command.community(), command.member(), now.plus(command.period()), standing.actor().id(), now,
          command.reason());
      work.storage.mutes().add(mute);
      work.communities.audit(standing, AuditAction.MEMBER_MUTED, Optional.of(command.member()), "until " + mute.until(), command.reason());
      work.notify(new Notification(command.member(), Notification.Topic.SANCTION,
          "You are muted in «" + standing.community().name() + "» until " + mute.until(), command.reason(),
          "community:" + command.community(), now));
      work.publish(new ModerationEvent.MemberMuted(command.community(), command.member(), mute.until(),
          Optional.of(standing.actor().id()), now));
      return mute;
    });
  }

  @Override
  public ModerationPolicy configure(MemberId actorId, CommunityId community, ModerationPolicy policy) {
    Validation.required("policy", policy);
    return work.command(() -> {
      Standing standing = work.communities.moderating(work.communities.actor(actorId), community, "configure moderation");
      work.communities.requireWritable(standing.community());
      work.storage.moderationPolicies().put(community, policy);
      work.communities.audit(standing, AuditAction.MODERATION_CONFIGURED, Optional.empty(), policy.toString(), "");
      return policy;
    });
  }

  /**
   * The post a flag is about (a thread's opening post for a thread), which the flagger must be
   * able to see; empty for a member, who must belong to the community.
   */
  private Optional<Post> target(Standing flagger, ModerationSubject subject) {
    CommunityId community = flagger.community().id();
    if (subject instanceof ModerationSubject.OfKnowledgeItem) {
      subjectItem(community, subject).filter(item -> flagger.sees(item.audience()))
          .orElseThrow(() -> new NotFoundException(subject.kind(), subject.idText()));
      return Optional.empty();
    }
    if (subject instanceof ModerationSubject.OfItemComment) {
      subjectComment(community, subject).filter(seen -> flagger.sees(seen.item().audience()))
          .orElseThrow(() -> new NotFoundException(subject.kind(), subject.idText()));
      return Optional.empty();
    }
    if (subject instanceof ModerationSubject.OfMember member) {
      Standing flagged = work.communities.standing(work.communities.actor(member.member()), community);
      if (!flagged.isMember()) {
        throw new NotFoundException("membership", member.member() + " in " + community);
      }
      return Optional.empty();
    }
    Post post = subjectPost(community, subject)
        .filter(p -> flagger.sees(p.audience()))
        .filter(p -> p.isPublished() || p.author().equals(flagger.actor().id()) || flagger.canModerate())
        .orElseThrow(() -> new NotFoundException(subject.kind(), subject.idText()));
    return Optional.of(post);
  }

  private Optional<Post> subjectPost(CommunityId community, ModerationSubject subject) {
    Optional<PostId> id;
    if (subject instanceof ModerationSubject.OfPost ofPost) {
      id = Optional.of(ofPost.post());
    } else if (subject instanceof ModerationSubject.OfThread ofThread) {
      id = work.discussions.threads().find(ofThread.thread())
          .filter(thread -> thread.community().equals(community))
          .map(DiscussionThread::openingPost);
    } else {
      id = Optional.empty();
    }
    return id.flatMap(work.discussions.posts()::find).filter(post -> post.community().equals(community));
  }

  /** Whom a decision concerns: the member, the post's author, or the knowledge item's owner. */
  private Optional<MemberId> author(CommunityId community, ModerationSubject subject, Optional<Post> post) {
    if (subject instanceof ModerationSubject.OfMember member) {
      return Optional.of(member.member());
    }
    if (subject instanceof ModerationSubject.OfKnowledgeItem) {
      return subjectItem(community, subject).map(item -> item.curation().owner());
    }
    if (subject instanceof ModerationSubject.OfItemComment) {
      return subjectComment(community, subject).map(seen -> seen.comment().author());
    }
    return post.map(Post::author);
  }

  /**
   * Tells the community's e-moderators that a member flagged a knowledge item as outdated: the
   * flag waits in their review queue, where upholding it makes the item overdue.
   */
  private void tellModerators(Standing flagger, KnowledgeItem item, Flag flag) {
    String title = item.current().content().title();
    work.communities.moderatorsOf(flagger.community().id()).stream()
        .filter(moderator -> !moderator.equals(flag.flagger()))
        .forEach(moderator -> work.notify(new org.copkit.api.notification.Notification(moderator,
            org.copkit.api.notification.Notification.Topic.KNOWLEDGE_REVIEW, "Flagged as outdated: " + title,
            "A member of «" + flagger.community().name() + "» flagged «" + title + "» as outdated"
                + (flag.text().isEmpty() ? "" : ": " + flag.text()) + ". It waits in the review queue.",
            "knowledge:" + item.id(), flag.raisedAt())));
  }

  /** The knowledge item a subject names, if it is one of the community's. */
  private Optional<KnowledgeItem> subjectItem(CommunityId community, ModerationSubject subject) {
    if (subject instanceof ModerationSubject.OfKnowledgeItem ofItem) {
      return work.knowledge.knowledgeItems().find(ofItem.item()).filter(item -> item.community().equals(community));
    }
    return Optional.empty();
  }

  /** A comment a subject names and its item, if the item is one of the community's. */
  private Optional<CommentOnItem> subjectComment(CommunityId community, ModerationSubject subject) {
    if (subject instanceof ModerationSubject.OfItemComment ofComment) {
      return work.knowledge.itemFeedback().comment(ofComment.comment())
          .flatMap(comment -> work.knowledge.knowledgeItems().find(comment.item())
              .filter(item -> item.community().equals(community))
              .map(item -> new CommentOnItem(comment, item)));
    }
    return Optional.empty();
  }

  /** A comment and the item it is on. */
  private record CommentOnItem(org.copkit.api.knowledge.ItemComment comment, KnowledgeItem item) {}

  /**
   * An e-moderator upheld flags on a knowledge item (found it outdated): its review-by day becomes
   * yesterday, so it is overdue at once, listed for its owner and the community's e-moderators.
   */
  private void dueForReviewNow(KnowledgeItem item) {
    LocalDate yesterday = LocalDate.ofInstant(work.now(), ZoneOffset.UTC).minusDays(1);
    if (item.curation().reviewBy().isAfter(yesterday)) {
      work.knowledge.knowledgeItems().curate(item.curated(item.curation().keptBy(item.curation().owner(), yesterday)));
    }
  }

  private static String describe(Decision decision) {
    if (decision instanceof Decision.Approve) {
      return "approved";
    }
    if (decision instanceof Decision.Reject) {
      return "rejected";
    }
    return decision instanceof Decision.EditAndApprove ? "edited and approved" : "escalated";
  }
}
