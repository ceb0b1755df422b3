package org.copkit.api.moderation;

import org.copkit.api.community.CommunityId;
import org.copkit.api.shared.Validation;

/**
 * Command: flag a post, a thread or a member for the e-moderators.
 *
 * @param community the community it happens in
 * @param subject what is flagged
 * @param reason why
 * @param text an explanation; required for OTHER
 */
public record RaiseFlag(CommunityId community, ModerationSubject subject, FlagReason reason, String text) {

  /** Validates the fields. */
  public RaiseFlag {
    Validation.required("community", community);
    Validation.required("subject", subject);
    Validation.required("reason", reason);
    text = Validation.optionalText("text", text, 1000);
    if (reason == FlagReason.OTHER && text.isEmpty()) {
      throw new org.copkit.api.shared.InvalidInputException("text", "must explain a flag for OTHER reasons");
    }
  }
}
