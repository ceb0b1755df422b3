package org.copkit.api.moderation;

import java.time.Instant;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * A sanction: the member may read but not post, react or flag in the community until a time.
 *
 * @param community the community
 * @param member the muted member
 * @param until when they may post again
 * @param by who muted them
 * @param at when
 * @param reason why, shown to the member
 */
public record Mute(CommunityId community, MemberId member, Instant until, MemberId by, Instant at, String reason) {

  /** Validates the fields. */
  public Mute {
    Validation.required("community", community);
    Validation.required("member", member);
    Validation.required("until", until);
    Validation.required("by", by);
    Validation.required("at", at);
    if (!until.isAfter(at)) {
      throw new InvalidInputException("until", "must be after the time of muting");
    }
    reason = Validation.text("reason", reason, 1000);
  }

  /**
   * @param now the time
   * @return whether the mute is in force then
   */
  public boolean inForceAt(Instant now) {
    return !now.isBefore(at) && now.isBefore(until);
  }
}
