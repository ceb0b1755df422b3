package org.copkit.webapp;

import java.security.Principal;
import org.copkit.api.shared.MemberId;

/** Who acts: the signed-in person's member ID, their user name. */
final class Actor {

  private Actor() {}

  static MemberId of(Principal principal) {
    return MemberId.of(principal.getName());
  }
}
