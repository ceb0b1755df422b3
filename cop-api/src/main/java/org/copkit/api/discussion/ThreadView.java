package org.copkit.api.discussion;

import org.copkit.api.shared.Page;
import org.copkit.api.shared.Validation;

/**
 * A thread with one page of its posts, in the order written (the opening post first), as one
 * reader may see them: published posts, plus the reader's own held or hidden ones, plus every
 * post for its e-moderators.
 *
 * @param thread the thread
 * @param posts the page of posts
 */
public record ThreadView(DiscussionThread thread, Page<PostView> posts) {

  /** Validates the fields. */
  public ThreadView {
    Validation.required("thread", thread);
    Validation.required("posts", posts);
  }
}
