package org.copkit.api.search.port;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.copkit.api.discussion.DiscussionThread;
import org.copkit.api.discussion.Post;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.knowledge.KnowledgeItem;
import org.copkit.api.knowledge.KnowledgeItemId;

/**
 * Outbound port: keyset scans of everything search indexes, which a rebuild reads in batches (each
 * in a short unit of work of its own: no whole result set is ever held). Contract: {@code
 * org.copkit.tck.search.SearchSourcesContract}.
 */
public interface SearchSources {

  /** The most rows one call returns. */
  int MAX_BATCH = 5_000;

  /**
   * @param after the last post of the previous batch, or empty for the first
   * @param max how many at most, from 1 to {@value #MAX_BATCH}
   * @return the posts (opening posts and replies) with an ID after {@code after}, by ID as
   *     canonical text, at most {@code max}
   */
  List<Post> postsAfter(Optional<PostId> after, int max);

  /**
   * @param ids threads, at most {@value #MAX_BATCH}
   * @return those of them that are stored, in any order
   */
  List<DiscussionThread> threads(Collection<ThreadId> ids);

  /**
   * @param after the last item of the previous batch, or empty for the first
   * @param max how many at most, from 1 to {@value #MAX_BATCH}
   * @return the knowledge items with an ID after {@code after}, at their latest revision, by ID as
   *     canonical text, at most {@code max}
   */
  List<KnowledgeItem> itemsAfter(Optional<KnowledgeItemId> after, int max);
}
