package org.copkit.api.feed;

import java.util.Locale;

/**
 * The ranking signals CoPKit ships, as they appear in an {@link Explanation}. Each adds a term to
 * the score in log space, so a term multiplies the item's weight.
 */
public enum BuiltInSignal {
  /** {@code -ln 2 * age / halfLife}: the weight halves every half-life of the community. */
  RECENCY,
  /** {@code engagement * ln(1 + replies + reactions)}: diminishing returns. */
  ENGAGEMENT,
  /** {@code authorRole} when the author was an e-moderator or an expert of the community. */
  AUTHOR_ROLE,
  /** {@code authorAffinity * ln(1 + the member's replies, reactions and answers to the author)}. */
  AUTHOR_AFFINITY,
  /** {@code communityAffinity * ln(1 + the member's replies, reactions and answers there)}. */
  COMMUNITY_AFFINITY,
  /** {@code relevance * ln(1 + tags shared with the member's competences and learning goals)}. */
  RELEVANCE,
  /** {@code tacitExpertise} for an open question in a topic the member has answered in before. */
  TACIT_EXPERTISE,
  /** {@code -seen} when the member has already seen the activity. */
  SEEN;

  /** @return the name used in explanations, such as {@code "author-affinity"} */
  public String signalName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
