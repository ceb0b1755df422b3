package org.copkit.api.portfolio;

/**
 * Who a portfolio page is shared with. What a page shows depends on it: evidence of a community
 * appears only where its audience may read that community, so nothing from a CLOSED or SECRET
 * community appears in a page shared outside it.
 */
public enum PageAudience {
  /** Its owner only; it shows every piece of evidence they may still read. */
  PRIVATE,
  /** The members of one community: evidence of that community and of OPEN communities, and the owner's own. */
  COMMUNITY,
  /** Every active person of the platform: evidence of OPEN communities and the owner's own. */
  PLATFORM,
  /** Whoever holds its link, until revoked: what a PLATFORM page shows. */
  LINK
}
