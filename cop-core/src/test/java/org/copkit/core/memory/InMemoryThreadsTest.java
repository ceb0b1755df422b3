package org.copkit.core.memory;

import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.tck.discussion.ThreadsContract;

/** The in-memory storage against {@link ThreadsContract}. */
class InMemoryThreadsTest extends ThreadsContract {

  @Override
  protected DiscussionStorage storage() {
    return InMemoryStorage.create();
  }
}
