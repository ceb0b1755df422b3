package org.copkit.api.discussion;

import java.time.Instant;
import org.copkit.api.shared.MemberId;
import org.copkit.api.shared.Validation;

/**
 * One text a post had: kept for every edit, so the history can be read.
 *
 * @param post the post
 * @param revision 1 for the first text
 * @param body the Markdown source of that revision
 * @param editedBy who wrote this revision (the author, or a moderator who edited it)
 * @param editedAt when
 * @param reason why it was edited, possibly empty (always empty for revision 1)
 */
public record PostRevision(PostId post, int revision, String body, MemberId editedBy, Instant editedAt, String reason) {

  /** Validates the fields. */
  public PostRevision {
    Validation.required("post", post);
    Validation.between("revision", revision, 1, Integer.MAX_VALUE);
    body = Validation.text("body", body, Post.MAX_BODY);
    Validation.required("editedBy", editedBy);
    Validation.required("editedAt", editedAt);
    reason = Validation.optionalText("reason", reason, 1000);
  }
}
