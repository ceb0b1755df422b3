package org.copkit.core.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.copkit.api.moderation.spi.RuleFailure;
import org.copkit.api.moderation.spi.Verdict;
import org.copkit.api.shared.AccessDeniedException;
import org.copkit.api.shared.RateLimitedException;
import org.copkit.core.community.Standing;
import org.copkit.core.shared.AddOn;
import org.copkit.core.shared.Rendered;

/**
 * Screens every new post before it is stored: mutes, newcomers' rate limits, the moderation rules
 * and pre-moderation, in that order; a thread's title with its opening post. An author's edit passes
 * the rules too (the discussions refuse a muted author's edit, with whatever else forbids it, before
 * it comes here). The moderation rules look at every post and every own edit, whoever
 * writes it: e-moderators and administrators are trusted with mutes, the newcomer limits and
 * pre-moderation, which they skip, but a rule that guards against a leak of personal data must see
 * their posts too; a post of theirs that a rule holds waits in the review queue like anyone's, until
 * an e-moderator (or administrator) decides it, an audited decision. CORE members, invited into the
 * working group, are exempt from the newcomer limits and from pre-moderation. It also keeps the
 * review queue in step with the threads: held posts join it, and what waits about a thread follows it
 * to another community. Wiring, not API.
 *
 * <p>The rules run outside the unit of work: {@link #prepare} reads what they need inside a short
 * read, {@link #review} runs them with no transaction open, and {@link #screen} decides inside the
 * unit of work that stores the post, with the rules' verdict. Each vendor's rule is asked on the
 * platform's add-on threads and waited for at most the budget; the built-in rules, pure functions of
 * the draft, are asked on the posting thread. A rule that fails (throws, returns {@code null},
 * or has not answered within the budget) holds the post for review with a reason naming the rule,
 * unless it is advisory ({@link RuleFailure#SKIP}, as the rule declares or the host overrides); a
 * late verdict is dropped.
 */
public final class PublicationGate {

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
  private final List<AddOn<ModerationRule>> rules;
  private final Map<String, RuleFailure> failures;
  private final Duration budget;
  private final RuleSet ruleSet;

  /**
   * @param work moderation's ports
   * @param rules the rules, in the order they run
   * @param overrides the host's failure policy for some rules, by name; the others keep their own
   * @param budget how long a post waits for each rule's verdict; a rule that is late has failed
   * @param ruleSet the rules by name, and those always on
   */
  PublicationGate(ModerationWork work, List<AddOn<ModerationRule>> rules, Map<String, RuleFailure> overrides,
      Duration budget, RuleSet ruleSet) {
    this.work = work;
    this.budget = budget;
    this.ruleSet = ruleSet;
    this.rules = List.copyOf(rules);
    Map<String, RuleFailure> policies = new HashMap<>();
    for (AddOn<ModerationRule> rule : rules) {
      policies.put(rule.name(), overrides.containsKey(rule.name()) ? overrides.get(rule.name()) : declared(rule));
    }
    this.failures = Map.copyOf(policies);
  }

  /** @return the rule's own failure policy; a rule that cannot say is not advisory */
  private static RuleFailure declared(AddOn<ModerationRule> rule) {
    try {
      RuleFailure declared = rule.provider().onFailure();
      return declared == null ? RuleFailure.HOLD : declared;
    } catch (RuntimeException | LinkageError e) {
      return RuleFailure.HOLD;
    }
  }

  /**
   * The rules' verdict on a post, reached before the unit of work that stores it opened: publish,
   * hold, or reject, as {@link Screening}, from the rules alone.
   *
   * @param screening what the rules say
   */
  public record RulesVerdict(Screening screening) {}

  /**
   * What the rules are to look at, and which rules the community turned off.
   *
   * @param draft the post and its author
   * @param off the rules that do not run in the post's community
   */
  public record Prepared(Draft draft, Set<String> off) {
    /** Copies the set. */
    public Prepared {
      off = Set.copyOf(off);
    }
  }

  /**
   * Checks what can refuse a post before any rule looks at it (mutes, the newcomer limits) and reads
   * what the rules need: call it inside a short read. A thread's title is screened with its opening
   * post: the rules read the title, then the text, as a reader sees them.
   *
   * @param author the author's standing in the community
   * @param kind a thread's opening post, or a reply
   * @param title the thread's title for its opening post; empty for a reply
   * @param body the Markdown source
   * @param rendered the rendered post
   * @return what the rules are to look at
   * @throws AccessDeniedException when the author is muted there
   * @throws RateLimitedException when a newcomer posted too much
   */
  public Prepared prepare(Standing author, Kind kind, String title, String body, Rendered rendered) {
    ModerationPolicy policy = work.policy(author.community().id());
    requireWithinLimits(author, kind, policy);
    return prepared(author, draft(author, policy, publishedPosts(author), title, body, rendered, Optional.empty()));
  }

  private Prepared prepared(Standing author, Draft draft) {
    Set<String> off = new HashSet<>();
    ruleSet.running(work.storage.ruleSwitches(), author.community().id()).forEach((rule, on) -> {
      if (!on) {
        off.add(rule);
      }
    });
    return new Prepared(draft, off);
  }

  /**
   * Reads what the rules need to look at the new text of a post its author edits: call it inside a
   * short read. The rules do not count the post's own text among its author's recent posts, so
   * keeping a sentence is no repeat.
   *
   * @param author the author's standing in the community
   * @param title the thread's title, when the post opens it; empty for a reply
   * @param previousBody the text being replaced
   * @param body the new Markdown source
   * @param rendered the rendered new text
   * @return what the rules are to look at
   */
  public Prepared prepareEdit(Standing author, String title, String previousBody, String body, Rendered rendered) {
    ModerationPolicy policy = work.policy(author.community().id());
    return prepared(author,
        draft(author, policy, publishedPosts(author), title, body, rendered, Optional.of(previousBody)));
  }

  /**
   * Runs the moderation rules that are on in the post's community on a prepared post, with no
   * unit of work open.
   *
   * @param prepared what {@link #prepare} or {@link #prepareEdit} read
   * @return the rules' verdict
   */
  public RulesVerdict review(Prepared prepared) {
    return new RulesVerdict(applyRules(prepared.draft(), prepared.off()));
  }

  /**
   * Decides about a post its author is about to make, inside the unit of work that stores it: the
   * mutes and newcomer limits again (they may have changed since {@link #prepare}), the rules'
   * verdict, then pre-moderation.
   *
   * @param author the author's standing in the community
   * @param kind a thread's opening post, or a reply
   * @param byRules the rules' verdict from {@link #review}
   * @return publish, hold or reject
   * @throws AccessDeniedException when the author is muted there
   * @throws RateLimitedException when a newcomer posted too much
   */
  public Screening screen(Standing author, Kind kind, RulesVerdict byRules) {
    ModerationPolicy policy = work.policy(author.community().id());
    requireWithinLimits(author, kind, policy);
    if (!(byRules.screening() instanceof Screening.Publish) || author.canModerate()) {
      return byRules.screening();
    }
    Membership membership = author.membership().orElseThrow();
    boolean periphery = membership.tier() != Tier.CORE;
    if (periphery && publishedPosts(author) < policy.preModeratedPosts()) {
      return new Screening.Hold("a new member's first " + policy.preModeratedPosts()
          + " post(s) are reviewed by an e-moderator before others see them");
    }
    return byRules.screening();
  }

  /**
   * Decides about the new text of a post its author edits, inside the unit of work that stores it:
   * the rules' verdict (a banned term rejects it, a rule may hold it for review). The newcomers'
   * rate limits and pre-moderation do not apply: the post was made already, and was screened then.
   * A muted author's edit never comes here: the discussions refuse it first, in the short read and
   * again inside the unit of work.
   *
   * @param author the author's standing in the community
   * @param byRules the rules' verdict from {@link #review}
   * @return publish, hold or reject
   */
  public Screening screenEdit(Standing author, RulesVerdict byRules) {
    return byRules.screening();
  }

  private void requireWithinLimits(Standing author, Kind kind, ModerationPolicy policy) {
    if (author.canModerate()) {
      return;
    }
    requireNotMuted(author, "post");
    Membership membership = author.membership().orElseThrow();
    Instant newcomerUntil = membership.joinedAt().plus(policy.newcomerPeriod());
    if (membership.tier() != Tier.CORE && work.now().isBefore(newcomerUntil)) {
      requireWithinNewcomerLimit(author, kind, policy, newcomerUntil);
    }
  }

  private long publishedPosts(Standing author) {
    return work.discussions.posts()
        .count(PostCount.published(author.community().id(), author.actor().id()));
  }

  private Draft draft(Standing author, ModerationPolicy policy, long published, String title, String body,
      Rendered rendered, Optional<String> replacing) {
    CommunityId community = author.community().id();
    Optional<Membership> membership = author.membership();
    Instant now = work.now();
    List<String> recent = new ArrayList<>(
        work.discussions.posts().recentBodies(community, author.actor().id(), now.minus(RECENT), RECENT_POSTS));
    replacing.ifPresent(recent::remove);
    String text = title.isEmpty() ? rendered.text() : title + "\n\n" + rendered.text();
    // an administrator may post where they are no member: no newcomer period then
    Instant joinedAt = membership.map(Membership::joinedAt).orElse(now);
    boolean newcomer = membership.isPresent() && now.isBefore(joinedAt.plus(policy.newcomerPeriod()));
    return new Draft(community, author.actor().id(), joinedAt, published, body, text, rendered.links(),
        recent, now, policy.newcomerLinks(), newcomer);
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
   */
  public void hold(Standing author, ModerationSubject subject, String reason) {
    ReviewItem item = work.queue(author.community().id(), subject, Optional.of(reason));
    work.withheld(author, item, reason);
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

  private Screening applyRules(Draft draft, Set<String> off) {
    Verdict strictest = Verdict.PUBLISH;
    String strictestRule = "";
    for (AddOn<ModerationRule> rule : rules) {
      if (off.contains(rule.name())) {
        continue;
      }
      AddOn.Result<Verdict> result = rule.provider() instanceof BuiltInRule
          ? rule.call("review", r -> r.review(draft), verdict -> null)
          : rule.callWithin("review", budget, r -> r.review(draft), verdict -> null, late -> {});
      Verdict verdict;
      if (result instanceof AddOn.Result.Answer<Verdict> answer) {
        verdict = answer.value();
      } else if (failures.get(rule.name()) == RuleFailure.SKIP) {
        continue;
      } else if (result instanceof AddOn.Result.Late<Verdict>) {
        verdict = new Verdict.Hold("the rule could not check this post (it was late: no verdict within "
            + budget.toMillis() + " ms), so an e-moderator reviews it");
      } else {
        verdict = new Verdict.Hold("the rule could not check this post (it failed), so an e-moderator reviews it");
      }
      if (verdict.severity() > strictest.severity()) {
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
