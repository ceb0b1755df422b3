package org.copkit.core.memory;

import org.copkit.api.discussion.port.DiscussionStorage;
import org.copkit.tck.discussion.PostsContract;

/** The in-memory storage against {@link PostsContract}. */
class InMemoryPostsTest extends PostsContract {

  @Override
  protected DiscussionStorage storage() {
    return InMemoryStorage.create();
  }
}
