package org.copkit.api.moderation;

import java.time.Duration;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * A community's moderation settings. The platform has a default; each community may have its own.
 *
 * <p>Every setting is bounded, so that no setting, however large, can make a later post or flag
 * fail: a value outside its bounds is refused at once with an {@link InvalidInputException} naming
 * the field.
 *
 * @param preModeratedPosts how many of a new member's first posts wait for an e-moderator before
 *     anyone else sees them (0 turns pre-moderation off), 0 to {@value #MAX_PRE_MODERATED_POSTS}
 * @param autoHideWeight the total flag weight at which a post or thread is hidden until decided,
 *     above 0 and at most {@value #MAX_AUTO_HIDE_WEIGHT}
 * @param newcomerPeriod how long a member counts as new after joining, in whole seconds, from 0 to
 *     {@value #MAX_NEWCOMER_PERIOD_DAYS} days
 * @param newcomerThreads how many threads a new member may open in the newcomer period, 0 to
 *     {@value #MAX_NEWCOMER_POSTS}
 * @param newcomerReplies how many replies a new member may write in the newcomer period, 0 to
 *     {@value #MAX_NEWCOMER_POSTS}
 * @param flagsPerDay how many flags anyone may raise in 24 hours, across communities, 0 to
 *     {@value #MAX_FLAGS_PER_DAY}
 * @param newcomerLinks how many links a new member's post may hold (the built-in link rule), 0 to
 *     {@value #MAX_NEWCOMER_LINKS}
 */
public record ModerationPolicy(
    int preModeratedPosts,
    double autoHideWeight,
    Duration newcomerPeriod,
    int newcomerThreads,
    int newcomerReplies,
    int flagsPerDay,
    int newcomerLinks) {

  /** The most posts pre-moderated. */
  public static final int MAX_PRE_MODERATED_POSTS = 1000;
  /** The largest flag weight at which content is hidden. */
  public static final double MAX_AUTO_HIDE_WEIGHT = 1000;
  /** The longest newcomer period, in days (ten years). */
  public static final int MAX_NEWCOMER_PERIOD_DAYS = 3650;
  /** The most threads, and the most replies, a newcomer may write in the newcomer period. */
  public static final int MAX_NEWCOMER_POSTS = 100_000;
  /** The most flags per person and day. */
  public static final int MAX_FLAGS_PER_DAY = 100_000;
  /** The most links in a newcomer's post. */
  public static final int MAX_NEWCOMER_LINKS = 1000;

  private static final Duration MAX_NEWCOMER_PERIOD = Duration.ofDays(MAX_NEWCOMER_PERIOD_DAYS);

  /** The defaults: 1 pre-moderated post, hide at weight 3, 24 h, 3 threads, 10 replies, 20 flags, 2 links. */
  public static final ModerationPolicy DEFAULT = new ModerationPolicy(1, 3.0, Duration.ofHours(24), 3, 10, 20, 2);

  /** Validates the fields. */
  public ModerationPolicy {
    Validation.between("preModeratedPosts", preModeratedPosts, 0, MAX_PRE_MODERATED_POSTS);
    if (!(autoHideWeight > 0 && autoHideWeight <= MAX_AUTO_HIDE_WEIGHT)) {
      throw new InvalidInputException("autoHideWeight", "must be above 0 and at most " + MAX_AUTO_HIDE_WEIGHT);
    }
    Validation.duration("newcomerPeriod", newcomerPeriod, Duration.ZERO, MAX_NEWCOMER_PERIOD);
    if (newcomerPeriod.getNano() != 0) {
      throw new InvalidInputException("newcomerPeriod", "must be a whole number of seconds");
    }
    Validation.between("newcomerThreads", newcomerThreads, 0, MAX_NEWCOMER_POSTS);
    Validation.between("newcomerReplies", newcomerReplies, 0, MAX_NEWCOMER_POSTS);
    Validation.between("flagsPerDay", flagsPerDay, 0, MAX_FLAGS_PER_DAY);
    Validation.between("newcomerLinks", newcomerLinks, 0, MAX_NEWCOMER_LINKS);
  }
}
