package org.copkit.api.knowledge;

import java.util.LinkedHashSet;
import java.util.List;
import org.copkit.api.discussion.PostId;
import org.copkit.api.discussion.ThreadId;
import org.copkit.api.shared.InvalidInputException;
import org.copkit.api.shared.Validation;

/**
 * Where a promoted knowledge item came from: a discussion thread and the posts taken from it.
 *
 * @param thread the thread
 * @param posts the posts taken, in the order they appear in the item: 1 to {@value #MAX_POSTS},
 *     each once
 */
public record KnowledgeSource(ThreadId thread, List<PostId> posts) {

  /** The most posts one item takes from a thread. */
  public static final int MAX_POSTS = 100;

  /** Validates and copies the fields. */
  public KnowledgeSource {
    Validation.required("source.thread", thread);
    Validation.noNulls("source.posts", posts);
    if (posts.isEmpty() || posts.size() > MAX_POSTS) {
      throw new InvalidInputException("source.posts", "must hold 1 to " + MAX_POSTS + " posts, had " + posts.size());
    }
    if (new LinkedHashSet<>(posts).size() != posts.size()) {
      throw new InvalidInputException("source.posts", "must name each post once");
    }
    posts = List.copyOf(posts);
  }
}
