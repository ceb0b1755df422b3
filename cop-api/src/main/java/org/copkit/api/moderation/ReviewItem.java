package org.copkit.api.moderation;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.Validation;

/**
 * One entry in a community's review queue: a flagged subject, a held post, or a reported member.
 * Its priority is the total weight of its open flags; within a priority, the oldest comes first.
 * It carries a version, so exactly one decision is ever recorded for it.
 *
 * @param id its ID
 * @param community the community whose e-moderators review it
 * @param subject what is reviewed
 * @param heldBecause why the post was held before anyone saw it (pre-moderation or a rule), if it
 *     was: 1 to 2000 characters
 * @param flagWeight the total weight of its flags
 * @param flags how many flags it has
 * @param openedAt when it entered the queue
 * @param status pending, escalated or decided
 * @param version the optimistic-locking version
 */
public record ReviewItem(
    ReviewItemId id,
    CommunityId community,
    ModerationSubject subject,
    Optional<String> heldBecause,
    double flagWeight,
    int flags,
    Instant openedAt,
    ReviewStatus status,
    long version) {

  /** Validates the fields. */
  public ReviewItem {
    Validation.required("id", id);
    Validation.required("community", community);
    Validation.required("subject", subject);
    heldBecause = Validation.required("heldBecause", heldBecause).map(why -> Validation.text("heldBecause", why, 2000));
    if (!(flagWeight >= 0)) {
      throw new org.copkit.api.shared.InvalidInputException("flagWeight", "must not be negative");
    }
    Validation.notNegative("flags", flags);
    Validation.required("openedAt", openedAt);
    Validation.required("status", status);
    Validation.notNegative("version", version);
  }

  /**
   * @param weight the new flag's weight
   * @return a copy with one more flag
   */
  public ReviewItem withFlag(double weight) {
    return new ReviewItem(id, community, subject, heldBecause, flagWeight + weight, flags + 1, openedAt, status, version);
  }

  /**
   * @param next the new status
   * @return a copy with that status
   */
  public ReviewItem withStatus(ReviewStatus next) {
    return new ReviewItem(id, community, subject, heldBecause, flagWeight, flags, openedAt, next, version);
  }

  /**
   * @param target the community its subject's thread moved to
   * @return a copy queued there
   */
  public ReviewItem movedTo(CommunityId target) {
    return new ReviewItem(id, target, subject, heldBecause, flagWeight, flags, openedAt, status, version);
  }
}
