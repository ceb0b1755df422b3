package org.copkit.api.discussion;

import java.util.Optional;
import org.copkit.api.shared.Validation;

/**
 * Command: reply in a thread, to the thread itself or to one of its top-level posts.
 *
 * <p>A reply to the thread is a top-level reply: in a question, an answer. A reply to a top-level
 * post (the opening post or a top-level reply) is nested under it: in a question, a comment on the
 * question or on one of its answers, which answers nothing.
 *
 * @param thread the thread
 * @param inReplyTo the opening post or a top-level reply of the thread to comment on, or empty to
 *     reply to the thread
 * @param body the reply, in Markdown
 */
public record Reply(ThreadId thread, Optional<PostId> inReplyTo, String body) {

  /** Validates the fields. */
  public Reply {
    Validation.required("thread", thread);
    Validation.required("inReplyTo", inReplyTo);
    body = Validation.text("body", body, Post.MAX_BODY);
  }

  /**
   * A reply to the thread itself.
   *
   * @param thread the thread
   * @param body the reply
   * @return the command
   */
  public static Reply to(ThreadId thread, String body) {
    return new Reply(thread, Optional.empty(), body);
  }
}
