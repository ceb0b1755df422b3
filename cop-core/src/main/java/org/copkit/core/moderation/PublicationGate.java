package org.copkit.core.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.community.Membership;
import org.copkit.api.community.Tier;
import org.copkit.api.discussion.PostState;
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
 * and pre-moderation, in that order. E-moderators and administrators are trusted and pass
 * unscreened. CORE members, invited into the working group, are exempt from the newcomer limits and
 * from pre-moderation. Wiring, not API.
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
   * Screens a post its author is about to make.
   *
   * @param author the author's standing in the community
   * @param kind a thread's opening post, or a reply
   * @param body the Markdown source
   * @param rendered the rendered post
   * @return publish, hold or reject
   * @throws AccessDeniedException when the author is muted there
   * @throws RateLimitedException when a newcomer posted too much
   */
  public Screening screen(Standing author, Kind kind, String body, Rendered rendered) {
    if (author.canModerate()) {
      return new Screening.Publish();
    }
    CommunityId community = author.community().id();
    Instant now = work.now();
    requireNotMuted(author, "post");
    ModerationPolicy policy = work.policy(community);
    Membership membership = author.membership().orElseThrow();
    boolean periphery = membership.tier() != Tier.CORE;
    Instant newcomerUntil = membership.joinedAt().plus(policy.newcomerPeriod());
    boolean newcomer = now.isBefore(newcomerUntil);
    if (periphery && newcomer) {
      requireWithinNewcomerLimit(author, kind, policy, newcomerUntil);
    }
    long published =
        work.discussions.posts().count(community, author.actor().id(), EnumSet.of(PostState.PUBLISHED), false, Instant.EPOCH);
    Draft draft = new Draft(community, author.actor().id(), membership.joinedAt(), published, body, rendered.text(),
        rendered.links(), work.discussions.posts().recentBodies(community, author.actor().id(), now.minus(RECENT), RECENT_POSTS),
        now, policy.newcomerLinks(), newcomer);
    Screening byRules = applyRules(draft);
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

  private void requireWithinNewcomerLimit(Standing author, Kind kind, ModerationPolicy policy, Instant newcomerUntil) {
    CommunityId community = author.community().id();
    Instant since = author.membership().orElseThrow().joinedAt();
    long made = kind == Kind.THREAD
        ? work.discussions.threads().countStartedSince(community, author.actor().id(), since)
        : work.discussions.posts().count(community, author.actor().id(), EnumSet.allOf(PostState.class), true, since);
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
