package org.copkit.api.moderation.spi;

import org.copkit.api.shared.Validation;

/** A rule's answer about a post. Sealed: publish, hold for review, or reject. */
public sealed interface Verdict {

  /** Nothing against it. */
  Verdict PUBLISH = new Publish();

  /** @return how strict the verdict is: publish 0, hold 1, reject 2 */
  int severity();

  /** Nothing against it. */
  record Publish() implements Verdict {
    @Override
    public int severity() {
      return 0;
    }
  }

  /**
   * An e-moderator should look first; the post waits in the review queue.
   *
   * @param reason why, shown to the author and the moderators
   */
  record Hold(String reason) implements Verdict {
    /** Validates the reason. */
    public Hold {
      reason = Validation.text("reason", reason, 1000);
    }

    @Override
    public int severity() {
      return 1;
    }
  }

  /**
   * Not acceptable; nothing is stored.
   *
   * @param reason why, shown to the author
   */
  record Reject(String reason) implements Verdict {
    /** Validates the reason. */
    public Reject {
      reason = Validation.text("reason", reason, 1000);
    }

    @Override
    public int severity() {
      return 2;
    }
  }
}
