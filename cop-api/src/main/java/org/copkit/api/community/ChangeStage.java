package org.copkit.api.community;

import org.copkit.api.shared.Validation;

/**
 * Command: move a community to another stage of its life.
 *
 * @param community the community
 * @param target the stage to move to
 * @param reason why, kept in the stage history
 */
public record ChangeStage(CommunityId community, Stage target, String reason) {

  /** Validates the fields. */
  public ChangeStage {
    Validation.required("community", community);
    Validation.required("target", target);
    reason = Validation.text("reason", reason, 1000);
  }
}
