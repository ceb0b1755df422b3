package org.copkit.api.knowledge;

import org.copkit.api.shared.Validation;

/**
 * How far a knowledge item (or one of its revisions) reached: how many times it was read and its
 * file downloaded. Aggregates only: the platform keeps no log of who read what.
 *
 * @param reads how many reads were counted
 * @param downloads how many downloads of its file were counted
 */
public record Reach(long reads, long downloads) {

  /** Nothing counted yet. */
  public static final Reach NONE = new Reach(0, 0);

  /** Validates the fields. */
  public Reach {
    Validation.notNegative("reads", reads);
    Validation.notNegative("downloads", downloads);
  }

  /**
   * @param other another count
   * @return both together
   */
  public Reach plus(Reach other) {
    return new Reach(reads + other.reads, downloads + other.downloads);
  }

  /** What is counted. Stores keep the constant's name as text. */
  public enum Kind {
    /** A member read the item. */
    READ,
    /** A member downloaded its file. */
    DOWNLOAD
  }
}
