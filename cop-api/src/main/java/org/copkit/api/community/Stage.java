package org.copkit.api.community;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a community is in its life: {@code PROPOSED → ACTIVE ⇄ DORMANT → ARCHIVED}. A proposal
 * that is turned down, or an active community that is closed, may also go straight to ARCHIVED.
 * ARCHIVED is final and read-only.
 */
public enum Stage {
  /** Created, waiting for an administrator (or the platform policy) to activate it. */
  PROPOSED,
  /** Running. */
  ACTIVE,
  /** Quiet for longer than the platform's dormancy period, or put to sleep by hand. */
  DORMANT,
  /** Closed for good; everything in it can be read, nothing can change. */
  ARCHIVED;

  /**
   * Whether a community may move from this stage to another.
   *
   * @param target the stage to move to
   * @return whether the transition exists
   */
  public boolean canMoveTo(Stage target) {
    return successors().contains(target);
  }

  /** @return the stages a community may move to from this one */
  public Set<Stage> successors() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(ACTIVE, ARCHIVED);
      case ACTIVE -> EnumSet.of(DORMANT, ARCHIVED);
      case DORMANT -> EnumSet.of(ACTIVE, ARCHIVED);
      case ARCHIVED -> EnumSet.noneOf(Stage.class);
    };
  }
}
