package org.copkit.api.search;

/** What search results are counted by. */
public enum SearchFacet {
  /** The community a hit lives in (its ID). */
  COMMUNITY,
  /** The {@link SearchKind} of a hit (its name). */
  KIND,
  /** The tags of a hit (a reply counts its thread's tags). */
  TAG,
  /** The author of a hit (its member ID). */
  AUTHOR
}
