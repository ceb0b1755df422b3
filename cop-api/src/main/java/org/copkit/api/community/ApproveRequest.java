package org.copkit.api.community;

import org.copkit.api.shared.Validation;

/**
 * Command: let a requester into a CLOSED community.
 *
 * @param request the pending request
 * @param tier the tier the requester joins
 */
public record ApproveRequest(JoinRequestId request, Tier tier) {

  /** Validates the fields. */
  public ApproveRequest {
    Validation.required("request", request);
    Validation.required("tier", tier);
  }
}
