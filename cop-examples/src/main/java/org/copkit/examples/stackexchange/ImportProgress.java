package org.copkit.examples.stackexchange;

import java.util.OptionalLong;

/**
 * Told how far an import has gone: every few hundred rows and at the end of each phase. Called on
 * the importing thread.
 */
@FunctionalInterface
public interface ImportProgress {

  /**
   * @param phase what the import is doing
   * @param done how many rows of that phase it has handled
   * @param total how many there are, when known before the phase ends
   */
  void progressed(Phase phase, long done, OptionalLong total);

  /** @return a listener that ignores everything */
  static ImportProgress silent() {
    return (phase, done, total) -> {};
  }

  /** The phases of an import, in order. */
  enum Phase {
    /** Adding the users of {@code Users.xml} to the directory and to the community. */
    USERS,
    /** Streaming {@code Posts.xml} and {@code Comments.xml} into compact rows, to sort them by date. */
    READING,
    /** Replaying questions, answers and comments in date order. */
    POSTS,
    /** Streaming {@code Votes.xml} and mapping the votes that can be mapped. */
    VOTES
  }
}
