package org.copkit.api.expertise;

import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * What one member's routing has earned in a community.
 *
 * @param router who routed
 * @param routed how many questions they routed
 * @param answered how many of those one of the routed members answered
 */
public record RoutingCredit(MemberId router, int routed, int answered) {

  /** Validates the fields. */
  public RoutingCredit {
    Validation.required("router", router);
    Validation.notNegative("routed", routed);
    Validation.notNegative("answered", answered);
  }
}
