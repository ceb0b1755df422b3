package org.copkit.api.moderation;

import java.time.Duration;
import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Command: mute a member in a community for a period.
 *
 * @param community the community
 * @param member who is muted
 * @param period for how long: a minute to a year
 * @param reason why, shown to the member
 */
public record MuteMember(CommunityId community, MemberId member, Duration period, String reason) {

  /** Validates the fields. */
  public MuteMember {
    Validation.required("community", community);
    Validation.required("member", member);
    Validation.required("period", period);
    if (period.compareTo(Duration.ofMinutes(1)) < 0 || period.compareTo(Duration.ofDays(366)) > 0) {
      throw new InvalidInputException("period", "must be between a minute and a year");
    }
    reason = Validation.text("reason", reason, 1000);
  }
}
