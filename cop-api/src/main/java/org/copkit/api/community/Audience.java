package org.copkit.api.community;

/**
 * Who in a community may see something in it: every member, or the working group only (its work
 * in progress).
 */
public enum Audience {
  /** Every member of the community, whatever their tier (and, for OPEN communities, visitors). */
  COMMUNITY,
  /** Only the members of the CORE tier. */
  CORE
}
