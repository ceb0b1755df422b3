package org.copkit.api.discussion;

import org.copkit.api.shared.Validation;

/**
 * What became of a new post: published, held for the e-moderators, or rejected by a moderation
 * rule (in which case nothing was stored).
 */
public sealed interface PostOutcome {

  /**
   * Everyone who may read the thread sees it.
   *
   * @param thread the thread, as it is now
   * @param post the post
   */
  record Published(DiscussionThread thread, Post post) implements PostOutcome {}

  /**
   * Waits in the review queue; only its author and the e-moderators see it.
   *
   * @param thread the thread, as it is now
   * @param post the post
   * @param reason why it is held, shown to the author
   */
  record Held(DiscussionThread thread, Post post, String reason) implements PostOutcome {}

  /**
   * A moderation rule refused it; nothing was stored.
   *
   * @param rule the rule's name
   * @param reason why, shown to the author
   */
  record Rejected(String rule, String reason) implements PostOutcome {
    /** Validates the fields. */
    public Rejected {
      rule = Validation.name("rule", rule, 100);
      reason = Validation.text("reason", reason, 1000);
    }
  }
}
