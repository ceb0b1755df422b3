package org.copkit.tck.moderation;

import static org.copkit.tck.shared.SharedFixtures.T0;
import static org.copkit.tck.shared.SharedFixtures.aPerson;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.discussion.PostId;
import org.copkit.api.moderation.Flag;
import org.copkit.api.moderation.FlagId;
import org.copkit.api.moderation.FlagReason;
import org.copkit.api.moderation.ModerationPolicy;
import org.copkit.api.moderation.ModerationSubject;
import org.copkit.api.moderation.Mute;
import org.copkit.api.moderation.ReviewItem;
import org.copkit.api.moderation.ReviewItemId;
import org.copkit.api.moderation.ReviewStatus;
import org.copkit.api.shared.MemberId;

/**
 * Valid flags, review items, mutes and moderation policies, built with readable defaults that a
 * test overrides only where it matters:
 *
 * <pre>{@code
 * Flag flag = ModerationFixtures.aFlag().in(community).on(new OfPost(post)).by(ana).build();
 * ReviewItem item = ModerationFixtures.aReviewItem().in(community).on(flag.subject()).withFlags(1, flag.weight()).build();
 * }</pre>
 *
 * <p>Every builder starts with new random IDs, a new post as the subject and a new person where one
 * is needed, so two records built without overrides never collide. Instants are {@link
 * org.copkit.tck.shared.SharedFixtures#T0} unless set.
 */
public final class ModerationFixtures {

  private ModerationFixtures() {}

  /** @return a builder of an OPEN flag on a new post for SPAM, of a first-time flagger, at version 0 */
  public static FlagBuilder aFlag() {
    return new FlagBuilder();
  }

  /** @return a builder of a PENDING review item of a new post with one first-time flag, at version 0 */
  public static ReviewItemBuilder aReviewItem() {
    return new ReviewItemBuilder();
  }

  /** @return a builder of a mute of a day, from {@link org.copkit.tck.shared.SharedFixtures#T0} */
  public static MuteBuilder aMute() {
    return new MuteBuilder();
  }

  /** @return a builder of a policy that starts as {@link ModerationPolicy#DEFAULT} */
  public static PolicyBuilder aPolicy() {
    return new PolicyBuilder();
  }

  /** @return a post, as a subject of moderation, distinct from every other one */
  public static ModerationSubject aPostSubject() {
    return new ModerationSubject.OfPost(PostId.random());
  }

  /** Builds {@link Flag} values; every setter returns the builder. */
  /**
   * What at most one open review item is about: a subject of moderation in one community.
   *
   * @param community the community whose queue holds the item
   * @param subject the post, thread or member under review
   */
  public record SubjectIn(CommunityId community, ModerationSubject subject) {}

  public static final class FlagBuilder {

    private FlagId id = FlagId.random();
    private CommunityId community = CommunityId.random();
    private ModerationSubject subject = aPostSubject();
    private MemberId flagger = aPerson();
    private FlagReason reason = FlagReason.SPAM;
    private String text = "";
    private double weight = Flag.weightFor(0, 0);
    private Instant raisedAt = T0;
    private Flag.Outcome outcome = Flag.Outcome.OPEN;
    private long version;

    private FlagBuilder() {}

    /**
     * @param value the ID
     * @return this builder
     */
    public FlagBuilder withId(FlagId value) {
      this.id = value;
      return this;
    }

    /**
     * @param value the community
     * @return this builder
     */
    public FlagBuilder in(CommunityId value) {
      this.community = value;
      return this;
    }

    /**
     * @param value what is flagged
     * @return this builder
     */
    public FlagBuilder on(ModerationSubject value) {
      this.subject = value;
      return this;
    }

    /**
     * @param value who flags
     * @return this builder
     */
    public FlagBuilder by(MemberId value) {
      this.flagger = value;
      return this;
    }

    /**
     * @param why the reason
     * @param explanation the flagger's explanation, required for OTHER
     * @return this builder
     */
    public FlagBuilder because(FlagReason why, String explanation) {
      this.reason = why;
      this.text = explanation;
      return this;
    }

    /**
     * @param value how much it counts
     * @return this builder
     */
    public FlagBuilder weighing(double value) {
      this.weight = value;
      return this;
    }

    /**
     * @param value when
     * @return this builder
     */
    public FlagBuilder raisedAt(Instant value) {
      this.raisedAt = value;
      return this;
    }

    /**
     * @param value open, upheld or dismissed
     * @return this builder
     */
    public FlagBuilder withOutcome(Flag.Outcome value) {
      this.outcome = value;
      return this;
    }

    /**
     * @param value the version
     * @return this builder
     */
    public FlagBuilder atVersion(long value) {
      this.version = value;
      return this;
    }

    /** @return the flag */
    public Flag build() {
      return new Flag(id, community, subject, flagger, reason, text, weight, raisedAt, outcome, version);
    }
  }

  /** Builds {@link ReviewItem} values; every setter returns the builder. */
  public static final class ReviewItemBuilder {

    private ReviewItemId id = ReviewItemId.random();
    private CommunityId community = CommunityId.random();
    private ModerationSubject subject = aPostSubject();
    private Optional<String> heldBecause = Optional.empty();
    private double flagWeight = Flag.weightFor(0, 0);
    private int flags = 1;
    private Instant openedAt = T0;
    private ReviewStatus status = new ReviewStatus.Pending();
    private long version;

    private ReviewItemBuilder() {}

    /**
     * @param value the ID
     * @return this builder
     */
    public ReviewItemBuilder withId(ReviewItemId value) {
      this.id = value;
      return this;
    }

    /**
     * @param value the community
     * @return this builder
     */
    public ReviewItemBuilder in(CommunityId value) {
      this.community = value;
      return this;
    }

    /**
     * @param value what is reviewed
     * @return this builder
     */
    public ReviewItemBuilder on(ModerationSubject value) {
      this.subject = value;
      return this;
    }

    /**
     * @param value why the post was held before anyone saw it
     * @return this builder
     */
    public ReviewItemBuilder heldBecause(String value) {
      this.heldBecause = Optional.of(value);
      return this;
    }

    /**
     * @param count how many flags
     * @param totalWeight their total weight
     * @return this builder
     */
    public ReviewItemBuilder withFlags(int count, double totalWeight) {
      this.flags = count;
      this.flagWeight = totalWeight;
      return this;
    }

    /**
     * @param value when it entered the queue
     * @return this builder
     */
    public ReviewItemBuilder openedAt(Instant value) {
      this.openedAt = value;
      return this;
    }

    /**
     * @param value pending, escalated or decided
     * @return this builder
     */
    public ReviewItemBuilder withStatus(ReviewStatus value) {
      this.status = value;
      return this;
    }

    /**
     * @param value the version
     * @return this builder
     */
    public ReviewItemBuilder atVersion(long value) {
      this.version = value;
      return this;
    }

    /** @return the item */
    public ReviewItem build() {
      return new ReviewItem(id, community, subject, heldBecause, flagWeight, flags, openedAt, status, version);
    }
  }

  /** Builds {@link Mute} values; every setter returns the builder. */
  public static final class MuteBuilder {

    private CommunityId community = CommunityId.random();
    private MemberId member = aPerson();
    private Instant at = T0;
    private Instant until = T0.plus(Duration.ofDays(1));
    private MemberId by = aPerson();
    private String reason = "Missatges ofensius reiterats";

    private MuteBuilder() {}

    /**
     * @param value the community
     * @return this builder
     */
    public MuteBuilder in(CommunityId value) {
      this.community = value;
      return this;
    }

    /**
     * @param value the muted member
     * @return this builder
     */
    public MuteBuilder of(MemberId value) {
      this.member = value;
      return this;
    }

    /**
     * @param start when the mute was given
     * @param end when the member may post again
     * @return this builder
     */
    public MuteBuilder between(Instant start, Instant end) {
      this.at = start;
      this.until = end;
      return this;
    }

    /**
     * @param value who muted them
     * @return this builder
     */
    public MuteBuilder by(MemberId value) {
      this.by = value;
      return this;
    }

    /**
     * @param value why
     * @return this builder
     */
    public MuteBuilder because(String value) {
      this.reason = value;
      return this;
    }

    /** @return the mute */
    public Mute build() {
      return new Mute(community, member, until, by, at, reason);
    }
  }

  /** Builds {@link ModerationPolicy} values; every setter returns the builder. */
  public static final class PolicyBuilder {

    private int preModeratedPosts = ModerationPolicy.DEFAULT.preModeratedPosts();
    private double autoHideWeight = ModerationPolicy.DEFAULT.autoHideWeight();
    private Duration newcomerPeriod = ModerationPolicy.DEFAULT.newcomerPeriod();
    private int newcomerThreads = ModerationPolicy.DEFAULT.newcomerThreads();
    private int newcomerReplies = ModerationPolicy.DEFAULT.newcomerReplies();
    private int flagsPerDay = ModerationPolicy.DEFAULT.flagsPerDay();
    private int newcomerLinks = ModerationPolicy.DEFAULT.newcomerLinks();

    private PolicyBuilder() {}

    /**
     * @param value how many of a new member's first posts wait for an e-moderator
     * @return this builder
     */
    public PolicyBuilder preModerating(int value) {
      this.preModeratedPosts = value;
      return this;
    }

    /**
     * @param value the total flag weight at which a subject is hidden until decided
     * @return this builder
     */
    public PolicyBuilder hidingAt(double value) {
      this.autoHideWeight = value;
      return this;
    }

    /**
     * @param period how long a member counts as new
     * @param threads how many threads a new member may open in it
     * @param replies how many replies a new member may write in it
     * @param links how many links a new member's post may hold
     * @return this builder
     */
    public PolicyBuilder withNewcomers(Duration period, int threads, int replies, int links) {
      this.newcomerPeriod = period;
      this.newcomerThreads = threads;
      this.newcomerReplies = replies;
      this.newcomerLinks = links;
      return this;
    }

    /**
     * @param value how many flags anyone may raise in 24 hours
     * @return this builder
     */
    public PolicyBuilder allowingFlagsPerDay(int value) {
      this.flagsPerDay = value;
      return this;
    }

    /** @return the policy */
    public ModerationPolicy build() {
      return new ModerationPolicy(
          preModeratedPosts, autoHideWeight, newcomerPeriod, newcomerThreads, newcomerReplies, flagsPerDay, newcomerLinks);
    }
  }
}
