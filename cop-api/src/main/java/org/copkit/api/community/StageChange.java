package org.copkit.api.community;

import java.time.Instant;
import java.util.Optional;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * One step in a community's life, with who took it and why.
 *
 * @param community the community
 * @param from the stage before, empty for the creation
 * @param to the stage after
 * @param actor who made the change, empty when the platform's policy did
 * @param reason why
 * @param at when
 */
public record StageChange(
    CommunityId community,
    Optional<Stage> from,
    Stage to,
    Optional<MemberId> actor,
    String reason,
    Instant at) {

  /** Validates the fields. */
  public StageChange {
    Validation.required("community", community);
    Validation.required("from", from);
    Validation.required("to", to);
    Validation.required("actor", actor);
    reason = Validation.text("reason", reason, 1000);
    Validation.required("at", at);
  }
}
