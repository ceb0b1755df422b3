package org.copkit.api.moderation;

import java.time.Duration;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * A community's moderation settings. The platform has a default; each community may have its own.
 *
 * @param preModeratedPosts how many of a new member's first posts wait for an e-moderator before
 *     anyone else sees them (0 turns pre-moderation off)
 * @param autoHideWeight the total flag weight at which a post or thread is hidden until decided
 * @param newcomerPeriod how long a member counts as new after joining
 * @param newcomerThreads how many threads a new member may open in the newcomer period
 * @param newcomerReplies how many replies a new member may write in the newcomer period
 * @param flagsPerDay how many flags anyone may raise in 24 hours, across communities
 * @param newcomerLinks how many links a new member's post may hold (the built-in link rule)
 */
public record ModerationPolicy(
    int preModeratedPosts,
    double autoHideWeight,
    Duration newcomerPeriod,
    int newcomerThreads,
    int newcomerReplies,
    int flagsPerDay,
    int newcomerLinks) {

  /** The defaults: 1 pre-moderated post, hide at weight 3, 24 h, 3 threads, 10 replies, 20 flags, 2 links. */
  public static final ModerationPolicy DEFAULT = new ModerationPolicy(1, 3.0, Duration.ofHours(24), 3, 10, 20, 2);

  /** Validates the fields. */
  public ModerationPolicy {
    Validation.between("preModeratedPosts", preModeratedPosts, 0, 1000);
    if (!(autoHideWeight > 0 && autoHideWeight <= 1000)) {
      throw new InvalidInputException("autoHideWeight", "must be above 0 and at most 1000");
    }
    Validation.required("newcomerPeriod", newcomerPeriod);
    if (newcomerPeriod.isNegative() || newcomerPeriod.getNano() != 0) {
      throw new InvalidInputException("newcomerPeriod", "must be a whole, non-negative number of seconds");
    }
    Validation.between("newcomerThreads", newcomerThreads, 0, 100_000);
    Validation.between("newcomerReplies", newcomerReplies, 0, 100_000);
    Validation.between("flagsPerDay", flagsPerDay, 0, 100_000);
    Validation.between("newcomerLinks", newcomerLinks, 0, 1000);
  }
}
