package org.copkit.core.memory;

import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.tck.discussion.ReactionsContract;

/** The in-memory storage against {@link ReactionsContract}. */
class InMemoryReactionsTest extends ReactionsContract {

  @Override
  protected DiscussionStorage storage() {
    return InMemoryStorage.create();
  }
}
