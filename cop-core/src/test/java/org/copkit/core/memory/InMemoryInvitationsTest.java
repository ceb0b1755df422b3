package org.copkit.core.memory;

import org.copkit.api.storage.CopStorage;
import org.copkit.tck.community.InvitationsContract;

/** The in-memory storage against {@link InvitationsContract}. */
class InMemoryInvitationsTest extends InvitationsContract {

  @Override
  protected CopStorage storage() {
    return InMemoryStorage.create();
  }
}
