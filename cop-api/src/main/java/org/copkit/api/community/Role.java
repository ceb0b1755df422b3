package org.copkit.api.community;

/** What a member does in a community, besides belonging to a tier. */
public enum Role {
  /** Leads the working group, moderates, publishes outputs. Always in the CORE tier. */
  E_MODERATOR,
  /** An expert, often an external consultant, who brings knowledge pills. */
  EXPERT,
  /** Every member holds this role. */
  MEMBER
}
