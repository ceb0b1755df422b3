package org.copkit.api.analytics;

/**
 * Where a member stands in the 1-9-90 split of a window, by how many contributions they made in it
 * (the bounds are {@link ParticipationThresholds}).
 */
public enum ParticipationClass {
  /** Carries the community: at least {@link ParticipationThresholds#heavyFrom()} contributions. */
  HEAVY,
  /** Takes part now and then: at least one contribution, fewer than a heavy contributor. */
  INTERMITTENT,
  /** Reads without contributing: no contribution in the window. */
  LURKER;

  /** @return whether the member contributed at all: HEAVY or INTERMITTENT */
  public boolean isContributor() {
    return this != LURKER;
  }
}
