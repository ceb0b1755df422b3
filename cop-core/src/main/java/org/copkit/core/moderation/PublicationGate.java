package org.copkit.core.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Tier;
import org.copkit.api.moderation.Flag;
import org.copkit.api.discussion.port.PostCount;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.Mute;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.spi.Draft;
import org.copkit.api.moderation.spi.ModerationRule;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.RateLimitedException;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.Rendered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens every new post before it is stored: mutes, newcomers' rate limits, the moderation rules
 * and pre-moderation, in that order; a thread's title with its opening post. An author's edit passes
 * the mutes and the rules too. E-moderators and administrators are trusted and pass unscreened. CORE
 * members, invited into the working group, are exempt from the newcomer limits and from
 * pre-moderation. It also keeps the review queue in step with the threads: held posts join it, and
 * what waits about a thread follows it to another community. Wiring, not API.
 */
public final class PublicationGate {

  private static final Logger LOG = LoggerFactory.getLogger(PublicationGate.class);
  private static final Duration RECENT = Duration.ofHours(24);
  private static final int RECENT_POSTS = 20;

  /** What is being posted. */
  public enum Kind {
    /** The opening post of a new thread. */
    THREAD,
    /** A reply in a thread. */
    REPLY
  }

  private final ModerationWork work;
  private final List<ModerationRule> rules;

  PublicationGate(ModerationWork work, List<ModerationRule> rules) {
    this.work = work;
    this.rules = List.copyOf(rules);
  }

  /**
   * Screens a post its author is about to make. A thread's title is screened with its opening post:
   * the rules read the title, then the text, as a reader sees them.
   *
   * @param author the author's standing in the community
   * @param kind a thread's opening post, or a reply
   * @param title the thread's title for its opening post; empty for a reply
   * @param body the Markdown source
   * @param rendered the rendered post
   * @return publish, hold or reject
   * @throws AccessDeniedException when the author is muted there
   * @throws RateLimitedException when a newcomer posted too much
   */
  public Screening screen(Standing author, Kind kind, String title, String body, Rendered rendered) {
    if (author.canModerate()) {
      return new Screening.Publish();
    }
    Instant now = work.now();
    requireNotMuted(author, "post");
    ModerationPolicy policy = work.policy(author.community().id());
    Membership membership = author.membership().orElseThrow();
    boolean periphery = membership.tier() != Tier.CORE;
    Instant newcomerUntil = membership.joinedAt().plus(policy.newcomerPeriod());
    if (periphery && now.isBefore(newcomerUntil)) {
      requireWithinNewcomerLimit(author, kind, policy, newcomerUntil);
    }
    long published = publishedPosts(author);
    Screening byRules = applyRules(draft(author, policy, published, title, body, rendered, Optional.empty()));
    if (!(byRules instanceof Screening.Publish)) {
      return byRules;
    }
    if (periphery && published < policy.preModeratedPosts()) {
      return new Screening.Hold("a new member's first " + policy.preModeratedPosts()
          + " post(s) are reviewed by an e-moderator before others see them");
    }
    return byRules;
  }

  /**
   * Screens the new text of a post its author edits, as a new post is screened by the moderation
   * rules (a banned term rejects it, a rule may hold it for review). The newcomers' rate limits and
   * pre-moderation do not apply: the post was made already, and was screened then. The rules do not
   * count the post's own text among its author's recent posts, so keeping a sentence is no repeat.
   *
   * @param author the author's standing in the community
   * @param title the thread's title, when the post opens it; empty for a reply
   * @param previousBody the text being replaced
   * @param body the new Markdown source
   * @param rendered the rendered new text
   * @return publish, hold or reject
   * @throws AccessDeniedException when the author is muted there
   */
  public Screening screenEdit(Standing author, String title, String previousBody, String body, Rendered rendered) {
    if (author.canModerate()) {
      return new Screening.Publish();
    }
    requireNotMuted(author, "edit posts");
    ModerationPolicy policy = work.policy(author.community().id());
    return applyRules(draft(author, policy, publishedPosts(author), title, body, rendered, Optional.of(previousBody)));
  }

  private long publishedPosts(Standing author) {
    return work.discussions.posts()
        .count(PostCount.published(author.community().id(), author.actor().id()));
  }

  private Draft draft(Standing author, ModerationPolicy policy, long published, String title, String body,
      Rendered rendered, Optional<String> replacing) {
    CommunityId community = author.community().id();
    Membership membership = author.membership().orElseThrow();
    Instant now = work.now();
    List<String> recent = new ArrayList<>(
        work.discussions.posts().recentBodies(community, author.actor().id(), now.minus(RECENT), RECENT_POSTS));
    replacing.ifPresent(recent::remove);
    String text = title.isEmpty() ? rendered.text() : title + "\n\n" + rendered.text();
    return new Draft(community, author.actor().id(), membership.joinedAt(), published, body, text, rendered.links(),
        recent, now, policy.newcomerLinks(), now.isBefore(membership.joinedAt().plus(policy.newcomerPeriod())));
  }

  /**
   * Refuses a muted member.
   *
   * @param member the member's standing
   * @param action what they try, such as {@code "react"}
   * @throws AccessDeniedException when a mute is in force
   */
  public void requireNotMuted(Standing member, String action) {
    Optional<Mute> mute = work.storage.mutes().inForce(member.community().id(), member.actor().id(), work.now());
    if (mute.isPresent()) {
      throw new AccessDeniedException(member.actor().id(), action + " here while muted until " + mute.get().until());
    }
  }

  /**
   * Queues a held post for its community's e-moderators.
   *
   * @param author the author's standing
   * @param subject the held post (or thread)
   * @param reason why it is held
   * @return the review item
   */
  public ReviewItem hold(Standing author, ModerationSubject subject, String reason) {
    ReviewItem item = work.queue(author.community().id(), subject, Optional.of(reason));
    work.withheld(author, item, reason);
    return item;
  }

  /**
   * Moves what waits for the e-moderators about a thread that moved to another community: the open
   * review items of its subjects, with their open flags, leave the old community's queue for the
   * new one's. Decided items and settled flags stay where they were decided.
   *
   * @param from the community the thread left
   * @param to the community it moved to
   * @param subjects the thread and each of its posts
   */
  public void moveQueued(CommunityId from, CommunityId to, Collection<ModerationSubject> subjects) {
    for (ModerationSubject subject : subjects) {
      work.storage.reviewItems().findOpen(from, subject)
          .ifPresent(item -> work.storage.reviewItems().update(item.movedTo(to)));
      for (Flag flag : work.storage.flags().open(from, subject)) {
        work.storage.flags().update(flag.movedTo(to));
      }
    }
  }

  private void requireWithinNewcomerLimit(Standing author, Kind kind, ModerationPolicy policy, Instant newcomerUntil) {
    CommunityId community = author.community().id();
    Instant since = author.membership().orElseThrow().joinedAt();
    long made = kind == Kind.THREAD
        ? work.discussions.threads().countStartedSince(community, author.actor().id(), since)
        : work.discussions.posts().count(PostCount.repliesSince(community, author.actor().id(), since));
    int limit = kind == Kind.THREAD ? policy.newcomerThreads() : policy.newcomerReplies();
    if (made >= limit) {
      throw new RateLimitedException(kind == Kind.THREAD ? "new threads" : "replies", newcomerUntil);
    }
  }

  private Screening applyRules(Draft draft) {
    Verdict strictest = Verdict.PUBLISH;
    String strictestRule = "";
    for (ModerationRule rule : rules) {
      Verdict verdict;
      try {
        verdict = rule.review(draft);
      } catch (RuntimeException e) {
        LOG.warn("Moderation rule {} failed and was skipped: {}", rule.getClass().getName(), e.toString());
        continue;
      }
      if (verdict != null && verdict.severity() > strictest.severity()) {
        strictest = verdict;
        strictestRule = rule.name();
      }
    }
    if (strictest instanceof Verdict.Reject reject) {
      return new Screening.Reject(strictestRule, reject.reason());
    }
    if (strictest instanceof Verdict.Hold hold) {
      return new Screening.Hold(strictestRule + ": " + hold.reason());
    }
    return new Screening.Publish();
  }
}
