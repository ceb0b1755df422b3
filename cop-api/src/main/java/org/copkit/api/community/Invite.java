package org.copkit.api.community;

import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * Command: invite a person to join a community in a given tier.
 *
 * @param community the community
 * @param invitee who is invited; the directory must know them and they must be active
 * @param tier the tier they will join
 * @param message what the inviter says, possibly empty
 */
public record Invite(CommunityId community, MemberId invitee, Tier tier, String message) {

  /** Validates the fields. */
  public Invite {
    Validation.required("community", community);
    Validation.required("invitee", invitee);
    Validation.required("tier", tier);
    message = Validation.optionalText("message", message, JoinRequest.MAX_MESSAGE);
  }
}
