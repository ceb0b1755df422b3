package org.copkit.api.community;

/** Who can find a community and how they get in. */
public enum Visibility {
  /** Listed; anyone may join. */
  OPEN,
  /** Listed; people request to join and e-moderators decide. */
  CLOSED,
  /** Unlisted and invisible to non-members; invitation is the only way in. */
  SECRET
}
