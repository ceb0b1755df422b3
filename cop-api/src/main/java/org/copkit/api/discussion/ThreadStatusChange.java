package org.copkit.api.discussion;

import org.copkit.api.shared.Validation;

/**
 * What an e-moderator does to a thread's status. Sealed: lock, close or reopen.
 */
public sealed interface ThreadStatusChange {

  /**
   * Stops replies for a while.
   *
   * @param reason why, shown to members
   */
  record Lock(String reason) implements ThreadStatusChange {
    /** Validates the reason. */
    public Lock {
      reason = Validation.text("reason", reason, 1000);
    }
  }

  /**
   * Stops replies for good.
   *
   * @param reason why, shown to members
   */
  record Close(String reason) implements ThreadStatusChange {
    /** Validates the reason. */
    public Close {
      reason = Validation.text("reason", reason, 1000);
    }
  }

  /** Takes replies again. */
  record Reopen() implements ThreadStatusChange {}
}
