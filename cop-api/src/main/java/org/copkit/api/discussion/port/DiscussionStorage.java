package org.copkit.api.discussion.port;

import org.copkit.api.shared.Transactions;

/**
 * What a storage adapter provides for discussions: the ports, sharing one unit of work. {@code
 * org.copkit.api.storage.CopStorage} extends it.
 */
public interface DiscussionStorage {

  /** @return the unit of work that every port below takes part in */
  Transactions transactions();

  /** @return threads */
  Threads threads();

  /** @return posts and their revisions */
  Posts posts();

  /** @return reactions to posts */
  Reactions reactions();
}
