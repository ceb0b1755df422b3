package org.copkit.api.discussion;

import org.copkit.api.shared.Validation;

/**
 * Command: change a post's text. The previous text is kept as a revision.
 *
 * @param post the post
 * @param expectedVersion the version the editor read; a newer stored version is a conflict
 * @param body the new text, in Markdown
 * @param reason why, possibly empty
 */
public record EditPost(PostId post, long expectedVersion, String body, String reason) {

  /** Validates the fields. */
  public EditPost {
    Validation.required("post", post);
    Validation.notNegative("expectedVersion", expectedVersion);
    body = Validation.text("body", body, Post.MAX_BODY);
    reason = Validation.optionalText("reason", reason, 1000);
  }
}
