package org.copkit.api.community;

import org.copkit.api.shared.Validation;

/**
 * Command: turn a join request down.
 *
 * @param request the pending request
 * @param reason why, shown to the requester
 */
public record DeclineRequest(JoinRequestId request, String reason) {

  /** Validates the fields. */
  public DeclineRequest {
    Validation.required("request", request);
    reason = Validation.text("reason", reason, 1000);
  }
}
