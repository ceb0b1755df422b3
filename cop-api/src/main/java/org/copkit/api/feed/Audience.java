package org.copkit.api.feed;

/** Who in its community may see an activity. */
public enum Audience {
  /** Every member of the community, whatever their tier. */
  COMMUNITY,
  /** Only the members of the CORE tier (work in progress of the working group). */
  CORE
}
